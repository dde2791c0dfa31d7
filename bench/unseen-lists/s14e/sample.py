#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(1405).

Candidates: list items (-, *, + bullets or "1." / "1)" numbered, any indentation),
table body rows (lines starting with "|" after a |---| separator row), and lines
starting with bold ("**"). Lines inside fenced code blocks and HTML comments are
skipped. One RNG, lists in sorted file-name order, rng.sample(candidates, 20);
the sample is printed in line order as JSON lines (list, line, text).
None of the four lists has entries spanning several lines, so a sampled line is
its entry's first line.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
FENCE = re.compile(r'^(`{3,}|~{3,})')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\|?\s*:?-{2,}')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, in_comment, in_table = [], None, False, False
    for i, raw in enumerate(lines, 1):
        s = raw
        if in_comment:
            if '-->' not in s:
                continue
            in_comment = False
            s = s.split('-->', 1)[1]
        while '<!--' in s:
            a, b = s.split('<!--', 1)
            if '-->' in b:
                s = a + b.split('-->', 1)[1]
            else:
                s, in_comment = a, True
                break
        st = s.strip()
        m = FENCE.match(st)
        if fence is not None:
            if m and st.startswith(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if st.startswith('|'):
            if SEP.match(st) and set(st) <= set('|:- '):
                in_table = True
                continue
            if in_table:
                out.append((i, raw))
            continue
        in_table = False
        if not st:
            continue
        if ITEM.match(s) or st.startswith('**'):
            out.append((i, raw))
    return out


def main():
    rng = random.Random(1405)
    for name in LISTS:
        cands = candidates(os.path.join(HERE, name))
        picked = sorted(rng.sample(cands, 20))
        for i, raw in picked:
            print(json.dumps({'list': name, 'line': i, 'text': raw}, ensure_ascii=False))


if __name__ == '__main__':
    main()
