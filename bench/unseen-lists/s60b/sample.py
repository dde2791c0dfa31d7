#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6021), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments are skipped. (None of the three lists
writes papers as headings.) A drawn line is mapped to the start of the entry it belongs to
(continuation lines of a multi-line bullet belong to the bullet), and drawing goes on until
20 distinct entries are held. Output: sample.json (list, line, raw) and a printout.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def classify(lines):
    """Return (candidates, entry_start, entry_end) with 0-based indices."""
    n = len(lines)
    skip = [False] * n
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if in_comment:
            skip[i] = True
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = in_fence = True
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in ln[ln.index('<!--') + 4:]:
                in_comment = True
            continue
    cands = []
    for i, ln in enumerate(lines):
        if skip[i] or not ln.strip():
            continue
        s = ln.strip()
        if s.startswith('|'):
            if SEP.match(s):
                continue
            if i + 1 < n and SEP.match(lines[i + 1].strip()):
                continue  # header row
            cands.append(i)
        elif BULLET.match(ln) or s.startswith('**'):
            cands.append(i)
    # entry extents: a bullet runs on over following non-blank lines that are not
    # themselves candidates, headings, table rows or skipped lines
    cset = set(cands)
    start = {}
    end = {}
    for i in cands:
        j = i
        if not lines[i].strip().startswith('|'):
            while (j + 1 < n and lines[j + 1].strip() and j + 1 not in cset and not skip[j + 1]
                   and not lines[j + 1].lstrip().startswith(('#', '|'))):
                j += 1
                start[j] = i
        start[i] = i
        end[i] = j
    return cands, start, end


def main():
    rng = random.Random(6021)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands, start, end = classify(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = start.get(i, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            raw = '\n'.join(lines[s:end[s] + 1])
            out.append({'list': name, 'line': s + 1, 'raw': raw})
            print(f'  {s + 1}: {raw[:110]}')
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
