"""Sample 20 candidate entry lines per list with random.Random(10061), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(10061)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*(\*\*|__)')

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8', newline='').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
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
        # the last line of the partial BERT file is cut mid-entry
        if fn.startswith('tomohideshibata') and i == len(lines) and not line.endswith(')'):
            continue
        if TABLE.match(line):
            if not SEP.match(line) and prev_table:
                cands.append(i)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(fn, len(cands), 'candidates')
    for i in picked:
        out.append({'list': fn, 'line': i, 'text': lines[i - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
