#!/usr/bin/env python3
"""Sample 20 entries a list for s64d: ONE random.Random(6441) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold, and heading lines that are paper titles (none of the three lists writes
papers as headings). Fenced code and HTML comments are skipped. A drawn line is mapped to the start
of the entry it belongs to (a continuation line belongs to the entry's first line).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|.*\|\s*$')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})(.*)$')


def candidates(lines):
    out = []
    in_fence = None
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines):
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        m = FENCE.match(ln)
        if in_fence:
            if m and m.group(1)[0] == in_fence[0] and len(m.group(1)) >= len(in_fence) and not m.group(2).strip():
                in_fence = None
            continue
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            in_fence = m.group(1)
            continue
        if ln.lstrip().startswith('<!--'):
            if '-->' not in ln:
                in_comment = True
            continue
        if TABLE.match(ln):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(ln) or (not prev_table and SEP.match(nxt)):
                prev_table = True
                continue  # separator or header row
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if BULLET.match(ln) or BOLD.match(ln):
            out.append(i)
    return out


def entry_start(lines, i, cands):
    # every candidate in these lists starts its own entry (continuation lines of multi-line
    # entries are plain lines or <br> lines, never candidates); keep the mapping explicit anyway:
    # a candidate indented under a non-candidate continuation belongs to the previous candidate.
    return i


def main():
    rng = random.Random(6441)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i, cands)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}\tcandidates={len(cands)}\tdrawn={len(held)}', file=sys.stderr)
        for s in held:
            result.append({'list': name, 'line': s + 1, 'first': lines[s]})
    json.dump(result, sys.stdout, ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
