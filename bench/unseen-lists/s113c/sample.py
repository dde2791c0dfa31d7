"""Sample 20 candidate entry lines per list with random.Random(11331).

Candidates: list items (bullets, numbered), table body rows (not header or
delimiter rows), lines starting with bold, and headings when a list writes
papers as headings (none of the three lists here does). Fenced code and HTML
comments are skipped. One generator, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE_DELIM = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


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
        if s.startswith('|'):
            if TABLE_DELIM.match(s):
                continue
            # header row: the next line is the delimiter row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if TABLE_DELIM.match(nxt):
                continue
            out.append(i + 1)
            continue
        if LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11331)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for name in files:
            with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
                lines = f.read().split('\n')
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, 'candidates:', len(cands), 'sampled:', len(picked))
            for ln in picked:
                fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]},
                                    ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
