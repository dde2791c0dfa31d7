#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6971), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold (** or __).  None of the three lists writes papers as
headings.  Fenced code and HTML comments are skipped.
Entry mapping: every entry in these three lists is a single source line (one bullet or one
table row; nested bullets occur only in tables of contents, where each line is its own
entry), so each drawn line is its own entry start; a following indented non-bullet line
would be kept as a continuation (none occur).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
BULLET = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|.*\|\s*$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')


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
    cands, start, end = [], {}, {}
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        if BULLET.match(l) or BOLD.match(l):
            cands.append(i)
        elif TABLE.match(l) and not SEP.match(l):
            if i + 1 < n and SEP.match(lines[i + 1]):
                continue  # header row
            cands.append(i)
        else:
            continue
        start[i] = i
        j = i
        while (j + 1 < n and lines[j + 1].strip() and lines[j + 1].startswith((' ', '\t'))
               and not BULLET.match(lines[j + 1]) and not skip[j + 1]):
            j += 1
        end[i] = j
    return cands, start, end


def main():
    rng = random.Random(6971)
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
        print(f'{name}: {len(lines)} lines, {len(cands)} candidate lines, drew {len(held)}',
              file=sys.stderr)
        for s in sorted(held):
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:end[s] + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
