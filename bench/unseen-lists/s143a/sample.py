#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list (all if fewer) with random.Random(13571)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
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
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True          # rows after the separator are body rows
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out

def main():
    rng = random.Random(13571)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().splitlines()
            cands = candidates(lines)
            pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
            print(f, len(cands), 'candidates,', len(pick), 'sampled')
            for ln in pick:
                fh.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
