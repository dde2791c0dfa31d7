#!/usr/bin/env python3
"""Sample 20 entries a list for s82d with ONE random.Random(8241) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and headings that are papers' titles ("#### [Venue'YY] Title" in the
TheBinKing file).  Fenced code and HTML comments are skipped.  A drawn line is mapped to the start
of the entry it belongs to; we keep drawing until 20 distinct entries are held (or candidates run out).
Output: sample.json (list, line, raw) and a readable listing on stdout.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 8241

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__)\S')
HEADING_RE = re.compile(r'^(#{1,6})\s+')
PAPER_HEADING_RE = re.compile(r'^#{2,6}\s+\[[^\]]+\]')  # "#### [ICLR'23]  Title"
TABLE_SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def visible_mask(lines):
    """True for lines outside fenced code and HTML comments."""
    mask = []
    in_fence = False
    in_comment = False
    for ln in lines:
        s = ln.strip()
        if in_comment:
            mask.append(False)
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            mask.append(False)
            in_fence = not in_fence
            continue
        if in_fence:
            mask.append(False)
            continue
        if s.startswith('<!--'):
            mask.append(False)
            if '-->' not in s:
                in_comment = True
            continue
        mask.append(True)
    return mask


def candidates(lines, mask):
    cands = []
    for i, ln in enumerate(lines):
        if not mask[i] or not ln.strip():
            continue
        s = ln.strip()
        if PAPER_HEADING_RE.match(ln):
            cands.append(i)
        elif HEADING_RE.match(ln):
            continue
        elif LIST_RE.match(ln) or BOLD_RE.match(ln):
            cands.append(i)
        elif s.startswith('|'):
            if TABLE_SEP_RE.match(s):
                continue
            # header row: the next line is a separator row
            if i + 1 < len(lines) and TABLE_SEP_RE.match(lines[i + 1].strip()):
                continue
            cands.append(i)
    return cands


def paper_heading_spans(lines, mask):
    """(start, end) 0-based inclusive spans of heading-per-paper entries: the heading up to the last
    non-blank line before the next '---' rule, heading, or end of file."""
    spans = []
    i = 0
    while i < len(lines):
        if mask[i] and PAPER_HEADING_RE.match(lines[i]):
            j = i + 1
            while j < len(lines) and lines[j].strip() != '---' and not HEADING_RE.match(lines[j]):
                j += 1
            end = j - 1
            while end > i and not lines[end].strip():
                end -= 1
            spans.append((i, end))
            i = j
        else:
            i += 1
    return spans


def entry_of(i, lines, mask, spans):
    """Map a drawn line to (start, end) of its entry."""
    for a, b in spans:
        if a <= i <= b:
            return a, b
    ln = lines[i]
    if LIST_RE.match(ln):
        indent = len(ln) - len(ln.lstrip())
        end = i
        j = i + 1
        while j < len(lines):
            nxt = lines[j]
            if not nxt.strip() or not mask[j]:
                break
            nind = len(nxt) - len(nxt.lstrip())
            if LIST_RE.match(nxt) or HEADING_RE.match(nxt) or nind <= indent:
                break
            end = j
            j += 1
        return i, end
    return i, i


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for fn in files:
        with open(os.path.join(HERE, fn), encoding='utf-8') as f:
            text = f.read()
        lines = text.split('\n')
        mask = visible_mask(lines)
        cands = candidates(lines, mask)
        spans = paper_heading_spans(lines, mask)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for i in order:
            a, b = entry_of(i, lines, mask, spans)
            if a not in held:
                held[a] = b
            if len(held) >= N:
                break
        print(f'== {fn}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for a in sorted(held):
            raw = '\n'.join(lines[a:held[a] + 1])
            out.append({'list': fn, 'line': a + 1, 'raw': raw})
            print(f'{a + 1:5d}  {raw[:160]!r}')
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
