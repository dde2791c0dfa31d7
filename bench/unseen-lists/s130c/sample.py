"""Sample 20 candidate entry lines per list with random.Random(12861).

Candidates: list items (bullets / numbered), table body rows, lines starting with bold.
(None of these three lists writes papers as headings.) Fenced code and HTML comments are skipped.
A multi-line entry is represented by its first line (its start).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12861)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
ROW = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```'):
            # a fence line toggles; a line like ```pip ... opens a fence
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ROW.match(line):
            if SEP.match(line):
                in_table = True      # rows after the separator are body rows
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for n in pick:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})
    print(f, 'candidates', len(cands), 'sampled', k)

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
