#!/usr/bin/env python3
"""Sample 20 entries a list for s51d (medical image registration).

One random.Random(5141) over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered, and `[N]` reference-numbered
citation lines, which one list uses as its numbered list), table body rows
(not header or separator rows), lines starting with bold (after leading
spaces), and heading lines that are papers' titles (none of these three lists
writes papers as headings). Fenced code and HTML comments are skipped.
Every entry in these three files is one line, so a drawn line is its own entry
start (entry_start() walks back over plain continuation lines in case).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
REFNUM = re.compile(r'^\[\d+\]\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if re.match(r'^ {0,3}(```|~~~)', line):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(line):
            if SEP.match(line):
                prev_table = True
                continue
            is_header = (not prev_table) and i < len(lines) and SEP.match(lines[i])
            prev_table = True
            if not is_header:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or REFNUM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def entry_start(lines, i, cands):
    """A drawn line maps to the first line of its entry."""
    j = i
    cset = set(cands)
    while j not in cset and j > 1 and lines[j - 2].strip():
        j -= 1
    return j


def main():
    rng = random.Random(5141)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = entry_start(lines, ln, cands)
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} drawn')
        for st in sorted(held):
            out.append({'list': name, 'line': st, 'raw': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
