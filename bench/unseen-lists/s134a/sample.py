#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13121); write sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13121)

LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:          # table body row
                out.append(i)
            # header row: the next line is the separator; skip
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
