#!/usr/bin/env python3
"""Sample 20 entries a list for s79f with ONE random.Random(7961) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (none of the three lists writes
papers as headings, so no heading is a candidate). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the first line of the entry it belongs to (a continuation line of a
multi-line entry belongs to the entry's first line); drawing goes on until 20 distinct entries are held.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 7961

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = None
    comment = False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if '-->' in s:
                comment = False
            continue
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^(```|~~~)', s)
        if m:
            fence = m.group(1)
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s:
                comment = True
            continue
        out.append(False)
    return out


def candidates(lines):
    mask = masked(lines)
    cands = []
    for i, ln in enumerate(lines):
        if mask[i] or not ln.strip():
            continue
        if TABLE.match(ln):
            if SEP.match(ln):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt) and TABLE.match(nxt):
                continue  # header row
            cands.append(i)
        elif BULLET.match(ln) or BOLD.match(ln):
            cands.append(i)
    return cands


def entry_start(lines, i, cands):
    """Map a drawn line to the first line of its entry.

    Every candidate here is the first line of its own entry (bullets and numbered items start an
    entry, nested bullets are entries of their own, each table row is one entry), so this is the
    identity; kept as a function so that the mapping is explicit.
    """
    return i


def entry_raw(lines, start, cands):
    """The entry's source lines: the start line plus following continuation lines (indented,
    non-blank lines that are neither a list item, a table row nor a heading)."""
    out = [lines[start]]
    j = start + 1
    cset = set(cands)
    while j < len(lines):
        ln = lines[j]
        if not ln.strip() or j in cset or HEADING.match(ln) or TABLE.match(ln) or BULLET.match(ln):
            break
        if ln.startswith('>') or not ln[:1].isspace():
            break
        out.append(ln)
        j += 1
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        name = os.path.basename(f)
        with open(f, encoding='utf-8', newline='') as fh:
            text = fh.read()
        lines = text.split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i, cands)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries drawn')
        for s in sorted(held):
            raw = '\n'.join(entry_raw(lines, s, cands))
            result.append({'list': name, 'line': s + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as out:
        for r in result:
            out.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
