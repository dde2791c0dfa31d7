"""Sample 20 candidate entry lines per list with random.Random(12241).

Candidates: list items (bullets / numbered, any indent), table body rows
(not the header row, not the |---| separator), lines starting with bold.
Skipped: fenced code blocks, HTML comments, blockquoted lines (none of the
lists writes papers as headings, so headings are not candidates).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12241)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if LIST_RE.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt):  # header row
                continue
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
