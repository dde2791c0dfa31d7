#!/usr/bin/env python3
"""Sample 20 entries a list for s57g.

One random.Random(5771) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the header row
or the separator row), and lines starting with bold. None of the three lists writes
papers as headings, so no heading is a candidate. Lines inside fenced code or inside
HTML comments (<!-- ... -->, possibly spanning lines) are skipped; an inline comment
at the end of a line (`<!-- 10-17 -->`) does not make the line a comment.
Each drawn line is mapped to the start of the entry it belongs to: a nested list item
whose text is only a bare URL (a detail of the item above, e.g. jc5201's
`\t* https://arxiv.org/abs/... (version 3)` under Demucs) belongs to the nearest
preceding less-indented list item. Every other candidate starts its own entry.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5771
PER_LIST = 20

ITEM = re.compile(r'^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+(.*)$')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def indent_width(s):
    return len(s.expandtabs(4))


def candidates(lines):
    """Return (candidate line numbers, entry-start map), both 1-based."""
    skip = set()
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        st = line.strip()
        if in_fence:
            skip.add(i)
            if st.startswith('```') or st.startswith('~~~'):
                in_fence = False
            continue
        if in_comment:
            skip.add(i)
            if '-->' in line:
                in_comment = False
            continue
        if st.startswith('```') or st.startswith('~~~'):
            in_fence = True
            skip.add(i)
            continue
        if st.startswith('<!--'):
            skip.add(i)
            if '-->' not in st[4:]:
                in_comment = True
            continue

    cands = []
    start_of = {}
    last_item = None  # (index, indent)
    for i, line in enumerate(lines):
        if i in skip:
            continue
        st = line.strip()
        m = ITEM.match(line)
        if m:
            ind = indent_width(m.group(1))
            text = m.group(2).strip()
            cands.append(i)
            if last_item is not None and ind > last_item[1] and re.match(r'^https?://\S+', text):
                start_of[i] = last_item[0]
            else:
                start_of[i] = i
                last_item = (i, ind)
            continue
        if st.startswith('|'):
            if SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            cands.append(i)
            start_of[i] = i
            continue
        if st.startswith('**'):
            cands.append(i)
            start_of[i] = i
            continue
        if st:
            last_item = None if not line[:1].isspace() else last_item
    return [c + 1 for c in cands], {k + 1: v + 1 for k, v in start_of.items()}


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands, start_of = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            s = start_of[ln]
            if s not in held:
                held.append(s)
            if len(held) >= PER_LIST:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            out.append({'list': name, 'line': s, 'text': lines[s - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
