"""Sample 20 candidate entry lines a list with random.Random(9661).

Candidates: list items (bullets, numbered), table body rows (not the header row, not the
separator row), lines starting with bold. No list here writes papers as headings, so headings
are not candidates. Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if ITEM.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.strip():
                continue  # header row
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(9661)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand), 'picked', len(pick))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
