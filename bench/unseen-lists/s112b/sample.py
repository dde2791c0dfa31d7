"""Sample 20 candidate entry lines a list with random.Random(11221), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(11221)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TROW = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*\*\*\S')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in ln:
                in_comment = True
            continue
        if TROW.match(ln):
            # table body rows: skip header row (followed by separator) and separator
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(ln) or (SEP.match(nxt) and not prev_table):
                prev_table = True
                continue
            prev_table = True
            cands.append(i)
            continue
        prev_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, len(cands), 'candidates; sampled', k)
    for ln in picked:
        out.append({'list': f, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
