"""Sample 20 candidate entry lines per list with random.Random(9041).

Candidates: list items (bullets, numbered, any indent), table body rows
(not the header or the |---| separator), lines starting with bold.
Papers are not written as headings in these three lists, so headings are
not candidates. Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9041)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_table = False  # inside a table after its separator row
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
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
        if s.startswith('|'):
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                cands.append(i + 1)
            continue
        prev_table = False
        if BULLET.match(ln) or s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for n in pick:
        out.append({'list': f, 'line': n, 'text': lines[n - 1], 'n_candidates': len(cands)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
