#!/usr/bin/env python3
"""Sample 20 entries per list with random.Random(2026120206).

Candidates: list items (-, *, + bullets; "1." numbered), table body rows (rows
after a |---| separator), and lines starting with bold (after optional leading
star emoji). Lines inside fenced code blocks and HTML comments are skipped.
One RNG, lists taken in sorted file-name order, rng.sample(candidates, 20).

Entry mapping: in jason718 (citation spread over several lines), an indented
"- Authors. *Venue*" sub-bullet with no blank line between it and the title
bullet above belongs to that title's entry; such a candidate is mapped to the
entry's first line.  If two sampled candidates map to the same entry, the
duplicate is replaced by further rng.choice draws from the unused candidates.
Prints: list, entry start line (1-based), sampled line, text of entry start.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    in_fence = in_comment = in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
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
        elif re.match(r'^(⭐)*\*\*', s):
            out.append(i)
    return lines, out


def entry_start(name, lines, ln):
    if not name.startswith('jason718__'):
        return ln
    m = BULLET.match(lines[ln - 1])
    if not m:
        return ln
    ind = len(m.group(1))
    j = ln - 1
    while j >= 1:
        prev = lines[j - 1]
        if not prev.strip():
            return ln          # blank line: not a continuation
        pm = BULLET.match(prev)
        if pm and len(pm.group(1)) < ind:
            return j           # parent title bullet
        j -= 1
    return ln


def main():
    rng = random.Random(2026120206)
    picked = []
    for name in LISTS:
        lines, cands = candidates(os.path.join(HERE, name))
        chosen = rng.sample(cands, 20)
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        seen, entries = set(), []
        queue = list(chosen)
        while len(entries) < 20:
            if not queue:
                rest = [c for c in cands if c not in chosen]
                c = rng.choice(rest)
                chosen.append(c)
                print(f'#   replacement draw {c}', file=sys.stderr)
            else:
                c = queue.pop(0)
            st = entry_start(name, lines, c)
            if st in seen:
                print(f'#   duplicate entry {st} (sampled {c})', file=sys.stderr)
                continue
            seen.add(st)
            entries.append((st, c))
        for st, c in sorted(entries):
            picked.append({'list': name, 'line': st, 'sampled': c, 'text': lines[st - 1]})
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
