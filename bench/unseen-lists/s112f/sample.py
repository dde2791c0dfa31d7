#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(11261), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
N = 20

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
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
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):          # bullet / numbered item
            out.append(i)
        elif s.startswith('|'):                                   # table row
            if re.match(r'^\|[\s:|-]+\|?$', s):                   # separator row
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):                 # header row (followed by separator)
                continue
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):           # line starting with bold
            out.append(i)
    return out

rng = random.Random(11261)
rows = []
for f in FILES:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(N, len(cand))))
    print(f, 'candidates', len(cand), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
