#!/usr/bin/env python3
"""Sample 20 entries per list for hand labelling (round s35d).

Candidate lines: list items (bullets -,*,+ or numbered, any indent), table body rows
(rows of a GFM table that has a delimiter row; header and delimiter rows excluded) and
lines starting with bold (**). Fenced code and HTML comments are skipped.

For each list (file names in sorted order) a fresh random.Random(3504) shuffles the
candidate lines (rng.sample(cands, len(cands))); the first 20 distinct ENTRIES are kept.
A candidate line that is a continuation of a multi-line entry is mapped to the line where
that entry starts:
  * wawabinger: indented sub-bullets (venue / authors / affiliation / links / note) belong
    to the top-level bold-title bullet above them;
  * GeWu-Lab: a '**[Code](...)**' line belongs to the '**[VENUE-YEAR]**' line above it.
If two sampled lines map to the same entry, the later one is skipped and drawing goes on.
Output: sample.tsv (list, start line, end line) next to this file.
"""
import os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
DELIM_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if LIST_RE.match(ln) or s.startswith('**'):
            out.append(i)
            continue
        if s.startswith('|') and not DELIM_RE.match(s):
            # body row: some earlier row of this block is followed by a delimiter row
            j = i - 1
            while j >= 0 and lines[j].strip().startswith('|'):
                if DELIM_RE.match(lines[j].strip()):
                    out.append(i)
                    break
                j -= 1
    return out


def entry_span(fn, lines, i):
    """Return (start, end) 0-based inclusive span of the entry containing line i."""
    if fn.startswith('wawabinger__'):
        start = i
        while start > 0 and re.match(r'^\s{2,}[-*]\s', lines[start]):
            start -= 1
        end = start
        while end + 1 < len(lines) and re.match(r'^\s{2,}[-*]\s', lines[end + 1]):
            end += 1
        return start, end
    if fn.startswith('GeWu-Lab__'):
        venue = re.compile(r'^\*\*\[[A-Za-z]+-\d{4}\]\*\*\s*$')
        if lines[i].startswith('**[Code]'):
            start = i
            while start > 0 and not venue.match(lines[start]):
                start -= 1
            return start, i
        if venue.match(lines[i]):
            end = i
            while end + 1 < len(lines) and not lines[end].startswith('**[Code]'):
                end += 1
            return i, end
    return i, i


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for fn in files:
        lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3504)
        order = rng.sample(cands, len(cands))
        seen = set()
        picked = []
        for i in order:
            span = entry_span(fn, lines, i)
            if span in seen:
                continue
            seen.add(span)
            picked.append(span)
            if len(picked) == 20:
                break
        print(fn, 'candidates:', len(cands))
        for s, e in sorted(picked):
            rows.append((fn, s + 1, e + 1))
    with open(os.path.join(HERE, 'sample.tsv'), 'w', encoding='utf-8') as f:
        f.write('list\tstart\tend\n')
        for r in rows:
            f.write('%s\t%d\t%d\n' % r)


if __name__ == '__main__':
    main()
