#!/usr/bin/env python3
"""Sample up to 20 candidate entry lines per list with random.Random(13891).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold. Fenced code and HTML comments are
skipped. None of these three lists writes papers as headings, so headings are
not candidates. Writes sample.jsonl (list, line, text).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13891)
N = 20

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line belonged to a table
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(s):
                prev_table = True
                continue
            if SEP.match(nxt):  # header row
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, N)) if len(cand) > N else cand
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('total', len(rows))
