#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(10121) -> sample.jsonl.

Candidates: list items that start an entry (bullets/numbered; a sub-item nested under an open
item -- e.g. the "  - Authors" / "  - [[Paper]]" detail lines of a bold-title bullet -- belongs to
its parent entry and is not a candidate), Markdown table body rows, and lines starting with bold.
No list here writes papers as headings, so headings are not candidates. Fenced code and HTML
comments are skipped. One generator for all lists, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^( *)([-*+]|\d+[.)])( +|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    open_item_content = None  # content indent of the open top-level item
    prev_table = False  # previous line was a table row (header or body)
    prev_blank = True
    for i, line in enumerate(lines, 1):
        s = line.rstrip('\n')
        st = s.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if st.startswith('<!--') and '-->' not in st[4:]:
            in_comment = True
            continue
        if re.match(r'^ {0,3}(```|~~~)', s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not st:
            prev_blank = True
            prev_table = False
            continue
        indent = len(s) - len(s.lstrip(' '))
        m = ITEM.match(s)
        is_table = st.startswith('|')
        if m:
            ind = len(m.group(1))
            if open_item_content is not None and ind >= open_item_content:
                pass  # nested detail line of the open entry
            else:
                out.append(i)
                open_item_content = ind + len(m.group(2)) + max(1, len(m.group(3)))
        elif is_table:
            if SEP.match(s):
                pass
            elif prev_table:
                out.append(i)  # body row (header row is followed by the separator)
            open_item_content = None
        elif st.startswith('**') or st.startswith('__'):
            out.append(i)
            open_item_content = None
        elif st.startswith('#'):
            open_item_content = None
        elif prev_blank and indent < (open_item_content or 1):
            open_item_content = None  # a new unindented paragraph closes the list
        prev_table = is_table
        prev_blank = False
    return out


def main():
    rng = random.Random(10121)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(f, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
