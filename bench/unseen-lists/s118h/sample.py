"""Sample 20 candidate entry lines per list with random.Random(11881).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
(No list here writes papers as headings, so headings are not candidates.)
Fenced code and HTML comments are skipped. Lists are taken in sorted file-name order
with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11881)
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*(\*\*|__)')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
