#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6811), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold (** or __).  No list here writes papers as headings.
Fenced code and HTML comments are skipped.
Entry mapping: a nested list item (indented) belongs to the nearest preceding top-level
list item, provided no heading or non-list paragraph lies between; an entry runs from its
top-level item to the last line of its nested items (blank lines inside kept).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
BULLET = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|.*\|\s*$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def skipped(lines):
    skip = [False] * len(lines)
    fence = comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = fence = True
            continue
        if comment:
            skip[i] = True
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                comment = True
    return skip


def analyse(lines):
    n = len(lines)
    skip = skipped(lines)
    cands, start = [], {}
    top = None  # index of current top-level list item
    for i, l in enumerate(lines):
        if skip[i]:
            top = None
            continue
        m = BULLET.match(l)
        if m:
            if len(m.group(1).expandtabs(4)) == 0:
                top = i
                start[i] = i
            else:
                start[i] = top if top is not None else i
            cands.append(i)
            continue
        if HEAD.match(l):
            top = None
            continue
        if not l.strip():
            continue  # blank lines do not end a list entry
        if l.startswith((' ', '\t')) and top is not None:
            continue  # continuation text of a list item
        top = None
        if TABLE.match(l) and not SEP.match(l):
            if i + 1 < n and SEP.match(lines[i + 1]):
                continue  # header row
            cands.append(i)
            start[i] = i
        elif BOLD.match(l):
            cands.append(i)
            start[i] = i
    # entry ends: last candidate/continuation line mapped to the same start
    end = {}
    for i in cands:
        s = start[i]
        end[s] = max(end.get(s, s), i)
    for s in list(end):
        j = end[s]
        # include indented continuation lines after the last mapped line
        while j + 1 < n and lines[j + 1].strip() and lines[j + 1].startswith((' ', '\t')) \
                and not BULLET.match(lines[j + 1]) and not skip[j + 1]:
            j += 1
        end[s] = j
    return cands, start, end


def main():
    rng = random.Random(6811)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, end = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            if start[c] not in held:
                held.append(start[c])
            if len(held) >= N:
                break
        print(f'{name}: {len(lines)} lines, {len(cands)} candidate lines, '
              f'{len(set(start.values()))} entries, drew {len(held)}', file=sys.stderr)
        for s in sorted(held):
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:end[s] + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
