#!/usr/bin/env python3
"""Sample 20 entries a list for the s57e labels.

One random.Random(5751) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold, and heading lines that are paper
titles (none of the three lists writes papers as headings).  Fenced code and
HTML comments are skipped.  Each drawn line is mapped to the first line of the
entry it belongs to; drawing goes on until 20 distinct entries are held.

Prints one JSON object a line: list, line (1-based start), raw (the entry's
exact source lines joined with \n).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5751
N = 20

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])(\s+|$)')
HEADING = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = None
    comment = False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if '-->' in ln:
                comment = False
            continue
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s:
                comment = True
            continue
        out.append(False)
    return out


def is_table_row(ln):
    return ln.lstrip().startswith('|')


def candidates(lines, mask):
    cands = []
    for i, ln in enumerate(lines):
        if mask[i] or not ln.strip():
            continue
        if BULLET.match(ln):
            cands.append(i)
        elif is_table_row(ln):
            if SEP.match(ln):
                continue
            # header row: the next line is a separator row
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            cands.append(i)
        elif ln.lstrip().startswith('**') or ln.lstrip().startswith('__'):
            cands.append(i)
    return cands


def entry_start(i, lines, cands_set):
    """Walk back from a drawn line to the first line of its entry."""
    j = i
    while j not in cands_set and j > 0:
        j -= 1
    return j


def entry_end(start, lines, mask, cands_set):
    """Last line (inclusive) of the entry starting at `start`."""
    if is_table_row(lines[start]):
        return start
    m = BULLET.match(lines[start])
    indent = len(m.group(1)) + len(m.group(2)) + 1 if m else 0
    end = start
    k = start + 1
    while k < len(lines):
        ln = lines[k]
        if mask[k] or k in cands_set or HEADING.match(ln):
            break
        if not ln.strip():
            # a blank line continues the entry only if an indented line follows
            n = k + 1
            while n < len(lines) and not lines[n].strip():
                n += 1
            if (n < len(lines) and m and not mask[n] and n not in cands_set
                    and not HEADING.match(lines[n])
                    and len(lines[n]) - len(lines[n].lstrip()) >= indent
                    and not is_table_row(lines[n])):
                end = n
                k = n + 1
                continue
            break
        if is_table_row(ln):
            break
        end = k
        k += 1
    return end


def main():
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(SEED)
    for name in files:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            text = f.read()
        lines = text.split('\n')
        mask = masked(lines)
        cands = candidates(lines, mask)
        cset = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(i, lines, cset)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        import sys
        print(f'# {name}: {len(cands)} candidate lines, {len(held)} entries drawn', file=sys.stderr)
        for s in sorted(held):
            e = entry_end(s, lines, mask, cset)
            raw = '\n'.join(lines[s:e + 1])
            print(json.dumps({'list': name, 'line': s + 1, 'raw': raw}, ensure_ascii=False))


if __name__ == '__main__':
    main()
