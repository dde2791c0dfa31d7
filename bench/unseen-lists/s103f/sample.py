"""Sample 20 candidate entry lines per list with random.Random(10361).

Candidates: list items (bullets -, *, +, or numbered, at any indent), table body rows,
lines starting with bold (**). Papers are not written as headings in these lists, so
headings are not candidates. Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10361)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
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
            # table body rows: after header + separator
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                cands.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1], 'n_candidates': len(cands)})
    print(name, 'candidates', len(cands), 'picked', k)

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
