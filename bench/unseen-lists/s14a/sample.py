#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(1401).

Candidates: list items (-, *, + bullets; "1." / "1)" numbered; any indentation),
table body rows (rows after a |---| separator row, while lines keep starting
with "|"), and lines starting with bold ("**"). Lines inside fenced code blocks
(``` or ~~~, also ````) and inside HTML comments are skipped; a line that
closes a comment and has text after "-->" is judged on that text.
Each candidate is mapped to the entry it belongs to: a list item indented
deeper than an earlier list item (no heading or paragraph line between) is a
continuation line of that item's entry (CommonMark nesting: at or past
the parent's content column) (authors / venue / link sub-bullets),
unless the parent is a "+ `category`" marker or a "(#anchor)" table-of-contents
link. One RNG, lists taken in sorted file-name order; candidates are shuffled
with rng.sample(candidates, len(candidates)) and the first 20 distinct entries
are kept, printed in line order. Output: one JSON object a line
(list, entry line, sampled line, text).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
FENCE = re.compile(r'^(`{3,}|~{3,})')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


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
        # strip single-line comments, detect opening multi-line comment
        while '<!--' in s:
            a, b = s.split('<!--', 1)
            if '-->' in b:
                s = a + b.split('-->', 1)[1]
            else:
                s = a
                in_comment = True
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
        if st.startswith('|') or (in_table and '|' in st and st):
            if SEP.match(st) and '-' in st and set(st) <= set('|:- '):
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


def indent(line):
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def entry_start(lines, ln):
    """Line number where the entry holding line ln starts."""
    cur = ln
    while True:
        raw = lines[cur - 1]
        if not ITEM.match(raw):
            return cur
        ind = indent(raw)
        parent = None
        for j in range(cur - 1, 0, -1):
            p = lines[j - 1]
            if not p.strip():
                continue
            if p.lstrip().startswith('#') or not ITEM.match(p):
                break
            pm = ITEM.match(p)
            # nested (CommonMark): child starts at or past the parent's content column
            if indent(p) < ind:
                if ind >= indent(p) + len(pm.group(1)) + 1:
                    parent = j
                break
        if parent is None:
            return cur
        ptxt = lines[parent - 1].strip()
        if ptxt.startswith('+ `') or '](#' in ptxt:
            return cur
        cur = parent


def main():
    rng = random.Random(1401)
    for name in LISTS:
        path = os.path.join(HERE, name)
        lines = open(path, encoding='utf-8').read().split('\n')
        c = candidates(path)
        seen, picked = set(), []
        for ln, text in rng.sample(c, len(c)):
            e = entry_start(lines, ln)
            if e in seen:
                continue
            seen.add(e)
            picked.append((e, ln, text))
            if len(picked) == 20:
                break
        for e, ln, text in sorted(picked):
            print(json.dumps({'list': name, 'line': e, 'sampled_line': ln, 'text': text,
                              'n_candidates': len(c)}, ensure_ascii=False))


if __name__ == '__main__':
    main()
