"""Sample up to 20 candidate entry lines per list with random.Random(10521).

Candidates: bullet items (-, *, +), numbered items (`1.`, `1)` and the escaped
`1\.` form this round's lists use), table body rows, lines starting with bold.
Fenced code and HTML comments are skipped. No list here writes papers as
headings, so headings are not candidates.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+](?:\s|$)|\d+(?:\.|\)|\\\.)\s)')
BOLD = re.compile(r'^\s*(?:\*\*|__)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
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
            # table body rows: not the header (followed by separator) or separator
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt.strip()):
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(10521)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(f, len(cands), 'candidates,', len(picked), 'sampled')
        for n in picked:
            rows.append({'list': f, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
