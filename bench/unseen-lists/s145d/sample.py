#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13741); writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13741)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        if TROW.match(line):
            if TSEP.match(line):
                continue
            # header row: the next line is a separator
            if i + 1 < len(lines) and TSEP.match(lines[i + 1]):
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(f, len(cands), 'candidates,', len(pick), 'sampled')
        for n in pick:
            fh.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
