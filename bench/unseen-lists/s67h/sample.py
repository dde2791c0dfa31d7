#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6781) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments are skipped. None of the three lists
writes papers as headings, so no heading is a candidate. A drawn line is mapped to the start of
its entry: a continuation line (a non-blank line that is not itself a candidate, heading, table
row or HTML block) belongs to the entry's first line. In these three files every entry is one
line, so every drawn candidate is an entry start.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6781
N = 20
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')


def classify(lines):
    n = len(lines); flags = [None] * n
    in_code = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_code:
            flags[i] = 'skip'
            if s.startswith('```') or s.startswith('~~~'):
                in_code = False
            continue
        if in_comment:
            flags[i] = 'skip'
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            flags[i] = 'skip'; in_code = True; continue
        if s.startswith('<!--'):
            flags[i] = 'skip'
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(ln):
            if SEP.match(ln):
                flags[i] = 'sep'
            elif i + 1 < n and SEP.match(lines[i + 1]):
                flags[i] = 'thead'
            else:
                flags[i] = 'cand'
            continue
        if HEADING.match(ln):
            flags[i] = 'head'; continue
        if BULLET.match(ln) or BOLD.match(ln):
            flags[i] = 'cand'
    return flags


def entry_start(lines, flags, i):
    j = i
    while flags[j] != 'cand' and j > 0 and lines[j - 1].strip() and flags[j - 1] != 'head':
        j -= 1
    return j


def entry_raw(lines, flags, i):
    out = [lines[i]]; j = i + 1
    while j < len(lines):
        ln = lines[j]
        if not ln.strip() or flags[j] is not None or ln.lstrip().startswith('<'):
            break
        out.append(ln); j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for name in files:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        flags = classify(lines)
        cands = [i for i, f in enumerate(flags) if f == 'cand']
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            start = entry_start(lines, flags, i)
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} entries drawn')
        for s in held:
            out.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, flags, s)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
