"""Sample 20 candidate entry lines per list with random.Random(9671).

Candidates: list items (bullets / numbered, any indentation), table body rows
(rows after a |---| separator), lines starting with bold. Fenced code and HTML
comments are skipped. Lists are processed in sorted file-name order with one
generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if SEP.match(line) and '|' in line:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out

rng = random.Random(9671)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(picked))
    for ln in picked:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
