#!/usr/bin/env python3
"""Sample 20 entries per list with random.Random(13808).

Candidates: list items (-, *, + bullets; "1." / "1)" numbered, any indentation),
table body rows (rows after a |---| separator), and lines starting with bold
("**"). Lines inside fenced code blocks (``` / ~~~ per CommonMark) and inside
HTML comments (single- or multi-line) are skipped.

Entry mapping: in DarrenPan's list an entry is a bold title line followed by
detail bullets ("- Paper: ...", "- Code: ...", "- Tags: ...", "- Project: ...").
A sampled detail bullet is mapped to the bold line that starts its entry, so it
is labelled once, as the whole entry. To keep 20 distinct entries per list, one
RNG is used for all lists (sorted file-name order): for each list the whole
candidate list is permuted with rng.sample(cands, len(cands)) and the first 20
distinct entry starts are kept.
Prints one JSON object a line: list, line (1-based entry start), sampled line, text.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
FENCE = re.compile(r'^(`{3,}|~{3,})([^`]*)$')
DETAIL = re.compile(r'^\s*-\s*(Paper|Code|Tags?|Project)\b')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    fence = None
    in_comment = False
    in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        m = FENCE.match(s)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2).strip():
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if re.match(r'^([-*+]|\d+[.)])\s+\S', s):
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return lines, out


def entry_start(lines, ln):
    """Map a detail bullet under a bold title to the bold title line."""
    if not DETAIL.match(lines[ln - 1]):
        return ln
    j = ln - 1
    while j >= 1 and DETAIL.match(lines[j - 1]):
        j -= 1
    if j >= 1 and lines[j - 1].strip().startswith('**'):
        return j
    return ln


def main():
    rng = random.Random(13808)
    picked = []
    for name in LISTS:
        lines, cands = candidates(os.path.join(HERE, name))
        order = rng.sample(cands, len(cands))
        seen = {}
        for ln in order:
            st = entry_start(lines, ln)
            if st not in seen:
                seen[st] = ln
            if len(seen) == 20:
                break
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for st in sorted(seen):
            picked.append({'list': name, 'line': st, 'sampled': seen[st], 'text': lines[st - 1]})
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
