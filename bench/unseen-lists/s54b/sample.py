"""Sample up to 20 distinct entries a list, with ONE random.Random(5421).

The lists (*.README.md in this folder) are taken in sorted file-name order and
share a single random.Random(5421).  For each list the candidate lines are
collected, shuffled with that generator, and walked in shuffled order; each drawn
line is mapped to the first line of the entry it belongs to, until 20 distinct
entries are held (or the candidates run out).

Candidate lines: list items (bullets -, *, + or numbered, at any indent), table
body rows (a pipe line that is neither a separator row nor the first pipe line
of its block, i.e. its header), and lines starting with bold (after leading
spaces).  None of the three lists writes papers as headings, so no heading is a
candidate.  Fenced code blocks and HTML comments are skipped.

Entry mapping: every bullet and every table row is its own entry (no list here
nests notes under a paper).  A line that is not itself a candidate but continues
the paragraph of a list item (wanboyang's GroupCap title wraps onto a second line
that starts with `](http...`) belongs to the item above it, so a drawn item's raw
runs on over such lazy continuation lines.

Output (stdout): list<TAB>start line<TAB>raw (with \\n escaped), by line.
Summary (stderr): candidates, lines drawn and entries held per list.
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
SEED = 5421
N = 20


def scan(lines):
    """Candidate line numbers (1-based), skipping fenced code and HTML comments."""
    cands = []
    in_fence = in_comment = False
    prev_pipe = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_pipe = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_pipe = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_pipe = False
            continue
        if s.startswith('|'):
            if not SEP.match(s) and prev_pipe:
                cands.append(i)
            prev_pipe = True
            continue
        prev_pipe = False
        if ITEM.match(line) or s.startswith('**'):
            cands.append(i)
    return cands


def entry_start(lines, i):
    """Every candidate line starts its own entry in these three lists."""
    return i


def entry_raw(lines, start):
    out = [lines[start - 1]]
    if lines[start - 1].strip().startswith('|'):
        return out[0]
    k = start + 1
    while k <= len(lines):
        lk = lines[k - 1]
        s = lk.strip()
        if not s or s.startswith(('#', '|', '<', '**', '```')) or ITEM.match(lk):
            break
        out.append(lk)  # lazy paragraph continuation
        k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        cands = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        drawn = 0
        for ln in order:
            if len(held) >= N:
                break
            drawn += 1
            st = entry_start(lines, ln)
            if st not in held:
                held.append(st)
        print(f'# {name}: {len(cands)} candidates, {drawn} drawn, '
              f'{len(held)} entries', file=sys.stderr)
        for st in sorted(held):
            raw = entry_raw(lines, st)
            print(f'{name}\t{st}\t' + raw.replace('\\', '\\\\').replace('\n', '\\n'))


if __name__ == '__main__':
    main()
