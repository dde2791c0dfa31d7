#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7531) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and heading lines that are paper titles (here: headings of the form "### (VENUE'YY) ...",
the one-heading-a-paper shape of the tingchihc note).  Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to (a line that is not
itself an entry start, e.g. an indented continuation of a list item, maps back to the
nearest entry start above it within the same block).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*([*+-]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
PAPER_HEADING = re.compile(r'^#{2,6}\s+\(')


def scan(lines):
    """Return (candidate line numbers, entry_start map) for 1-based lines."""
    in_fence = False
    in_comment = False
    cands = []
    starts = []
    prev_table = False
    for i, raw in enumerate(lines, 1):
        line = raw.rstrip('\n')
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            prev_table = False
            continue
        is_cand = False
        if TABLE.match(line):
            # header row = first row of a table block; separator rows skipped
            if TABLE_SEP.match(line):
                is_cand = False
            elif not prev_table:
                is_cand = False  # header row
            else:
                is_cand = True
            prev_table = True
        else:
            prev_table = False
            if BULLET.match(line) or BOLD.match(line) or PAPER_HEADING.match(line):
                is_cand = True
        if is_cand:
            cands.append(i)
            starts.append(i)
    return cands, starts


def entry_start(line_no, starts):
    best = None
    for s in starts:
        if s <= line_no:
            best = s
    return best


def main():
    rng = random.Random(7531)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands, starts = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = entry_start(ln, starts)
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in held:
            out.append({'list': name, 'line': st, 'text': lines[st - 1]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
