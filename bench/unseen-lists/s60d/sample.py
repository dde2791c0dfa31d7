#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6041), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold. None of the three lists writes papers as
headings, so no heading line is a candidate. Fenced code and HTML comments are skipped.
A drawn line is mapped to the first line of the entry it belongs to: an indented
sub-bullet directly under a top-level bullet (no blank line between) belongs to that
bullet (xuboshen writes Focus / code / project / citation as sub-bullets of each
paper), except in table-of-contents blocks (bullets that are only anchor links), whose
lines are entries of their own.
Writes sample.json (list, line, raw) and prints per-list counts.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6041
N = 20

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
TOC = re.compile(r'^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$')


def analyse(lines):
    n = len(lines)
    skip = [False] * n
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = in_fence = True
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in l:
                in_comment = True
    table_body = set()
    for i in range(1, n):
        if not skip[i] and '|' in lines[i] and SEP.match(lines[i]) and lines[i - 1].lstrip().startswith('|'):
            j = i + 1
            while j < n and lines[j].lstrip().startswith('|') and not skip[j]:
                table_body.add(j)
                j += 1
    cands, start_of = [], {}
    last_top = None
    for i, l in enumerate(lines):
        if skip[i] or l.strip() == '':
            last_top = None
            continue
        m = BULLET.match(l)
        if i in table_body:
            cands.append(i); start_of[i] = i; last_top = None
        elif m:
            indent = len(m.group(1))
            cands.append(i)
            if indent > 0 and last_top is not None and not TOC.match(l):
                start_of[i] = last_top
            else:
                start_of[i] = i
                last_top = i if (indent == 0 and not TOC.match(l)) else None
        elif l.lstrip().startswith('**') and not l.startswith(' '):
            cands.append(i); start_of[i] = i; last_top = None
        else:
            last_top = None
    span = {}
    for i in cands:
        span.setdefault(start_of[i], []).append(i)
    return cands, start_of, span


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands, start_of, span = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held, drawn = [], 0
        for i in order:
            if len(held) >= N:
                break
            drawn += 1
            if start_of[i] not in held:
                held.append(start_of[i])
        print(f'{name}: {len(lines)} lines, {len(cands)} candidate lines, '
              f'{len(span)} entries, {drawn} lines drawn, {len(held)} entries held')
        for s in held:
            idx = sorted(span[s])
            raw = '\n'.join(lines[k] for k in range(idx[0], idx[-1] + 1))
            out.append({'list': name, 'line': s + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
