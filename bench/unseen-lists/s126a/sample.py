"""Sample 20 candidate entry lines per list with random.Random(12531).
Candidates: list items (-, *, + bullets, numbered), table body rows, lines starting
with bold, and (guixianjin only) level-4 headings, which that list uses for papers.
Fenced code and HTML comments are skipped. In the partial SenyuHou file the last
entry (cut mid-badge at the end of page 2) is left out."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12531)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$')
PAPER_HEADING = re.compile(r'^####\s+\d+\.\s')

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8', newline='').read().split('\n')
    cands = []
    in_fence = in_comment = in_table = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if SEP.match(l):
            in_table = True
            continue
        if in_table:
            if '|' in l and s:
                cands.append(i)
                continue
            in_table = False
        if ITEM.match(l) or BOLD.match(l):
            cands.append(i)
        elif fn.startswith('guixianjin') and PAPER_HEADING.match(l):
            cands.append(i)
    if fn.startswith('SenyuHou'):
        last = max(i for i in cands if lines[i-1].startswith('* '))
        cands.remove(last)  # cut entry at the end of the partial file
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(fn, len(cands), 'candidates')
    for i in pick:
        out.append({'list': fn, 'line': i, 'text': lines[i-1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
