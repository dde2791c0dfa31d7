"""Draw 20 distinct entries a list with ONE random.Random(5081), lists in sorted file-name order.

Candidate lines:
  * list items (bullets -, *, + and numbered 1. / 1) items, at any indent);
  * table body rows (rows after a |---| separator; header and separator rows excluded);
  * lines starting with bold (**);
  * heading lines that are papers' titles: in these lists only the digest writes papers
    as headings, always in the form `## N. Title` (a numbered heading), so a heading
    counts when it matches `#{1,6} N. text`.
Lines inside fenced code blocks and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to: a line inside the block
under a paper heading (up to the next heading or `---` rule) belongs to that heading; an
indented continuation line (no list marker) belongs to the list item above it; any other
candidate is its own entry. For each list the candidates are shuffled and walked until 20
distinct entry starts are held (fewer if the list has fewer).
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')
HEADING = re.compile(r'^#{1,6}\s')
PAPER_HEADING = re.compile(r'^#{1,6}\s+\d+\.\s+\S')
SEED = 5081
WANT = 20


def scan(lines):
    """Return (candidate line numbers, map line -> entry start line)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur_heading = None   # line of the paper heading whose block we are in
    last_item = None     # line of the last list item (for indented continuations)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if HEADING.match(line):
            in_table = False
            last_item = None
            if PAPER_HEADING.match(line):
                cur_heading = i
                cands.append(i)
                start[i] = i
            else:
                cur_heading = None
            continue
        if s == '---':
            cur_heading = None
            last_item = None
            continue
        owner = cur_heading
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = owner or i
            continue
        in_table = False
        if ITEM.match(line):
            cands.append(i)
            start[i] = owner or i
            if owner is None:
                last_item = i
            continue
        if s.startswith('**'):
            cands.append(i)
            start[i] = owner or i
            continue
        if s and line[:1] in ' \t' and last_item is not None and owner is None:
            start[i] = last_item
    return cands, start


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == WANT:
                break
        n_entries = len(set(start[c] for c in cands))
        print(f'# {name}: {len(cands)} candidate lines, {n_entries} entries, drew {len(held)}',
              file=sys.stderr)
        for e in sorted(held):
            out.append({'list': name, 'line': e, 'text': lines[e - 1]})
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
