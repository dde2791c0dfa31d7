"""Sample 20 candidate entry lines per list with random.Random(10181).

Candidates: list items (bullets -,*,+ and numbered "N." / "N)" at any indent),
table body rows (not the header row or the |---| separator), and lines that
start with bold (**...) at column 0 (indented bold lines are continuation
lines of the list item above them). None of these lists writes papers as headings, so no
headings are candidates. Fenced code blocks and HTML comments are skipped.
One generator, lists in sorted file-name order. Writes sample.jsonl.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(10181)

bullet = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
sep = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
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
            if sep.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if sep.match(nxt):  # header row
                continue
            cands.append(i + 1)
        elif bullet.match(ln):
            cands.append(i + 1)
        elif ln.startswith('**'):
            # bold-led lines count only at column 0: an indented bold line
            # (e.g. "  **Targets:** Memory." in YuxingLu613) is a continuation
            # line inside the list item above it, not an entry of its own.
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(fn, len(cands), 'candidates, sampled', k)
    for n in picked:
        out.append({'list': fn, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
