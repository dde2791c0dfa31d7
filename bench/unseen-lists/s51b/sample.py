#!/usr/bin/env python3
"""Sample up to 20 entries per list with ONE random.Random(5121).

Lists: every *.README.md in this folder, taken in sorted file-name order.
Candidate lines (fenced code and HTML comments skipped):
  * list items: "-", "*", "+" bullets (any indent) and "1." / "1)" numbered items;
  * table body rows: "|" rows after a |---| separator row (header and separator excluded);
  * lines starting with bold ("**...", after optional indent / leading emoji);
  * heading lines that are a paper's title: headings written "## [N] ..." (one paper per
    heading, as in raselmeya94/RAGpedia).
For each list the candidates are shuffled with the shared RNG and walked; each drawn line
is mapped to the start of the entry it belongs to (a continuation line of a multi-line
entry belongs to the entry's first line) and the walk stops when 20 distinct entry starts
are held (fewer if the list has fewer).
Prints JSON lines: {"list", "line", "text"} (text = the start line).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5121
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(?:[\u2600-\u27bf\U0001F300-\U0001FAFF\ufe0f]\s*)*\*\*')
PAPER_HEADING = re.compile(r'^#{1,6}\s+\[\d+\]\s+')
HEADING = re.compile(r'^#{1,6}\s')


def scan(path):
    """Return (lines, candidates, starts): candidates = 1-based candidate line numbers;
    starts maps each candidate to its entry's first line."""
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
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
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if PAPER_HEADING.match(raw):
            cands.append(i)
        elif HEADING.match(raw):
            continue
        elif BULLET.match(raw) or BOLD.match(raw):
            cands.append(i)
    starts = {}
    for i in cands:
        starts[i] = entry_start(lines, i, set(cands))
    return lines, cands, starts


def entry_start(lines, i, cands):
    """A bold line (not itself a bullet) that directly continues a bullet or a
    paper heading without a blank line in between belongs to that entry."""
    raw = lines[i - 1]
    if BULLET.match(raw) or PAPER_HEADING.match(raw) or raw.strip().startswith('|'):
        return i
    j = i - 1
    while j >= 1 and lines[j - 1].strip():
        if BULLET.match(lines[j - 1]) or PAPER_HEADING.match(lines[j - 1]):
            return j
        j -= 1
    return i


def main():
    rng = random.Random(SEED)
    for name in LISTS:
        lines, cands, starts = scan(os.path.join(HERE, name))
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            s = starts[c]
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(json.dumps({'list': name, 'candidates': len(cands),
                          'entries': len(set(starts.values())), 'drawn': len(held)}))
        for s in held:
            print(json.dumps({'list': name, 'line': s, 'text': lines[s - 1]}, ensure_ascii=False))


if __name__ == '__main__':
    main()
