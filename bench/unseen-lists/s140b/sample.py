"""Sample 20 candidate entry lines per list with random.Random(13371).

Candidates: list items (bullets -, *, + or numbered 1. / 1)), table body rows,
lines starting with bold (**), outside fenced code and HTML comments.
(No list here writes papers as headings, so headings are not candidates.)
Lists are processed in sorted file-name order with a single generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13371)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

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
            # table row: body rows are those after the separator row
            if SEP.match(s.replace('|', ' |', 1)) or re.match(r'^\|?[\s:|-]+\|?$', s):
                prev_table = True
                continue
            if prev_table:
                cands.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, len(cands), 'candidates, picked', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
