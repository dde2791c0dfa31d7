#!/usr/bin/env python3
"""Sample 20 distinct entries per list with ONE random.Random(5651).

Lists: every *.README.md in this folder, in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments skipped):
  * list items: "-", "*", "+" bullets and "1." / "1)" numbered items (marker followed by
    whitespace), at any indentation. "*[CVPR 2022 ] **...**" (no space after the star) is
    not a list item in Markdown and is not a candidate;
  * table body rows: "|" rows after a |---| separator row (header and separator rows are
    not candidates);
  * lines starting with bold ("**");
  * heading lines that are papers' titles: none of these three lists writes papers as
    headings, so no heading is a candidate.

For each list its candidate lines (in file order) are shuffled with the shared RNG and
walked in that order; each drawn line is mapped to the first line of the entry it belongs
to (an indented or lazily continued line belongs to the list item above it) and lines are
drawn until 20 distinct entries are held (fewer if the list has fewer).

Prints one JSON object per sampled entry: list, line (1-based start) and a suggested raw
(the start line plus its continuation lines: indented lines, blank lines between them,
and lazy continuation lines directly after a non-blank line; trailing blank lines
dropped). The raw in labels.jsonl was then checked by eye. Candidate counts go to stderr.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5651
N = 20

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s+\S|\s*$)')
TABLE_SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}(\s|$)')


def indent(line):
    return len(line) - len(line.lstrip(' '))


def scan(path):
    """Return (lines, candidates, table_rows, skipped) where skipped are fenced/comment lines."""
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands, table_rows, skipped = [], set(), set()
    in_fence = in_comment = in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            skipped.add(i)
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skipped.add(i)
            in_fence = not in_fence
            continue
        if in_fence:
            skipped.add(i)
            continue
        if '<!--' in s:
            # a comment opening on this line; the line is a candidate only if text
            # precedes the comment (e.g. "## Table of Contents <!-- omit in toc -->")
            before = s.split('<!--', 1)[0]
            if '-->' not in s.split('<!--', 1)[1]:
                in_comment = True
            if not before.strip():
                skipped.add(i)
                continue
            s = before.strip()
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                in_table = True
            elif in_table:
                cands.append(i)
                table_rows.add(i)
            continue
        in_table = False
        if ITEM.match(raw) or s.startswith('**'):
            cands.append(i)
    return lines, cands, table_rows, skipped


def is_block_start(t):
    return bool(ITEM.match(t) or HEADING.match(t) or t.strip().startswith('|')
                or t.strip().startswith('<'))


def entry_start(lines, ln, table_rows):
    """First line of the entry that line ln belongs to (nearest less-indented item)."""
    if ln in table_rows:
        return ln
    cur = ln
    while indent(lines[cur - 1]) >= 2:
        ind = indent(lines[cur - 1])
        j = cur - 1
        parent = None
        while j >= 1:
            t = lines[j - 1]
            if not t.strip():
                j -= 1
                continue
            if indent(t) < ind:
                if ITEM.match(t):
                    parent = j
                break
            j -= 1
        if parent is None:
            break
        cur = parent
    return cur


def entry_raw(lines, start, table_rows):
    if start in table_rows:
        return lines[start - 1]
    base = indent(lines[start - 1])
    out = [lines[start - 1]]
    k = start + 1
    while k <= len(lines):
        t = lines[k - 1]
        prev = lines[k - 2]
        if t.strip():
            if indent(t) > base and not (ITEM.match(t) and indent(t) <= base + 1):
                pass                      # indented continuation
            elif prev.strip() and not is_block_start(t):
                pass                      # lazy continuation
            else:
                break
        out.append(t)
        k += 1
    while out and not out[-1].strip():
        out.pop()
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    out = []
    for name in LISTS:
        lines, cands, table_rows, _ = scan(os.path.join(HERE, name))
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = entry_start(lines, ln, table_rows)
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries held', file=sys.stderr)
        for ln in sorted(held):
            out.append({'list': name, 'line': ln, 'raw': entry_raw(lines, ln, table_rows)})
    for p in out:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
