#!/usr/bin/env python3
"""Sample 20 candidate entries per list with random.Random(1504).

Candidates: list items (-, *, + bullets; "1." / "1)" numbered; any indentation),
table body rows (rows after a |---| separator row while lines keep starting
with "|"), and lines starting with bold ("**").  Lines inside fenced code
blocks and HTML comments are skipped.
Each candidate is mapped to the entry it belongs to: a bold-start line that is
a lazy paragraph continuation of a list item (no blank line, heading or other
list item between) belongs to that item.  Every list item is its own entry
(none of the four lists nests author/link sub-bullets under a paper).
The entry's raw text is its start line plus the following lazy continuation
lines (non-blank, not a list item, not a heading, not a table row).
One RNG, lists in sorted file-name order; candidates shuffled with
rng.sample(candidates, len(candidates)); the first 20 distinct entries are
kept, printed in line order as JSON lines (list, line, raw).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
FENCE = re.compile(r'^(`{3,}|~{3,})')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def candidates(lines):
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
            if set(st) <= set('|:- ') and '-' in st:
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if not st:
            continue
        if ITEM.match(s) or st.startswith('**'):
            out.append(i)
    return out


def entry_start(lines, ln):
    raw = lines[ln - 1]
    if ITEM.match(raw) or raw.strip().startswith('|'):
        return ln
    # bold-start line: lazy continuation of a list item above?
    j = ln - 1
    while j >= 1:
        r = lines[j - 1]
        if not r.strip() or HEAD.match(r) or r.strip().startswith('|'):
            return ln
        if ITEM.match(r):
            return j
        j -= 1
    return ln


def entry_raw(lines, start):
    out = [lines[start - 1]]
    if lines[start - 1].strip().startswith('|'):
        return out
    k = start + 1
    while k <= len(lines):
        r = lines[k - 1]
        if not r.strip() or ITEM.match(r) or HEAD.match(r) or r.strip().startswith('|'):
            break
        out.append(r)
        k += 1
    return out


def main():
    rng = random.Random(1504)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = {}
        for ln in rng.sample(cands, len(cands)):
            st = entry_start(lines, ln)
            if st not in picked:
                picked[st] = ln
            if len(picked) == 20:
                break
        for st in sorted(picked):
            print(json.dumps({'list': name, 'line': st, 'sampled': picked[st],
                              'raw': '\n'.join(entry_raw(lines, st))}, ensure_ascii=False))


if __name__ == '__main__':
    main()
