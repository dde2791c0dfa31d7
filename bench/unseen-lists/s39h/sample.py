#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(3908).

Candidate lines: list items (bullets -,*,+ and numbered N. / N), at any indent),
table body rows (| lines that are neither a header row nor the |---| separator),
and lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
A fresh random.Random(3908) is used for each list; lists are taken in sorted file-name order.
Writes sample.jsonl next to this file: {"list", "line", "text"}.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
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
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(ln) or s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3908)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
