#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(8911); writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # inside a table body (after its separator row)
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
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue  # header rows are not candidates
        prev_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(8911)
    rows = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
