#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(5911), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold. No list here writes papers as headings.
Fenced code and HTML comments are skipped. A drawn line is mapped to the first line
of the entry it belongs to: an indented sub-bullet under a top-level bullet belongs
to that bullet (zju-pi writes the authors and notes of a paper as sub-bullets), except
in table-of-contents blocks (nested bullets that are only anchor links), whose lines
are entries of their own.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5911
N = 20

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
TOC = re.compile(r'^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$')


def analyse(lines):
    """Return (candidates, start_of, span) for 0-based line indexes."""
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
    # tables
    table_body = set()
    for i in range(1, n):
        if not skip[i] and SEP.match(lines[i]) and '|' in lines[i] and lines[i - 1].lstrip().startswith('|'):
            j = i + 1
            while j < n and lines[j].lstrip().startswith('|') and not skip[j]:
                table_body.add(j)
                j += 1
    cands, start_of = [], {}
    last_top = None  # index of last top-level bullet (paper-like, not ToC)
    for i, l in enumerate(lines):
        if skip[i]:
            last_top = None
            continue
        if l.strip() == '':
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
    # span of each entry start: the start line plus lines mapped to it
    span = {}
    for i in cands:
        s = start_of[i]
        span.setdefault(s, []).append(i)
    return cands, start_of, span


def main():
    rng = random.Random(SEED)
    out = []
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands, start_of, span = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held, drawn = [], 0
        for i in order:
            if len(held) >= N:
                break
            drawn += 1
            s = start_of[i]
            if s not in held:
                held.append(s)
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
