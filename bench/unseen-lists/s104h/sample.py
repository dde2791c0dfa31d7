"""Sample 20 candidate entry lines per list with random.Random(10481).

Candidates: list items (-, *, + bullets or numbered, any indent), table body rows
(rows after a header + |---| separator), lines starting with bold (**), outside fenced
code and HTML comments. Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10481)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates:', len(cand))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
