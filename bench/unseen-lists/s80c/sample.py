#!/usr/bin/env python3
"""Sample 20 entries a list for s80c with ONE random.Random(8031) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator rows), lines starting
with bold. (No list here writes papers as headings.) Fenced code and HTML comments are skipped; a line like
"  ```arXiv 2023/04``` [[paper]](...)" is inline code, not a fence (a backtick fence's info string cannot hold
backticks). Each drawn line is mapped to the start of the entry it belongs to: an indented sub-bullet or an
empty bullet ("- ") directly under an entry belongs to that entry. The entry's raw is its start line plus
its continuation lines (indented or empty-bullet lines up to the next top-level item/heading/blank run
before a non-continuation line), trailing blank lines dropped.
Prints JSON lines {list, line, raw} to stdout.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])(\s+|$)')
FENCE = re.compile(r'^\s{0,3}(`{3,}|~{3,})(.*)$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = [False] * len(lines)
    fence = None
    comment = False
    for i, l in enumerate(lines):
        if fence:
            out[i] = True
            m = FENCE.match(l)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2).strip():
                fence = None
            continue
        if comment:
            out[i] = True
            if '-->' in l:
                comment = False
            continue
        m = FENCE.match(l)
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            fence = m.group(1)
            out[i] = True
            continue
        if l.lstrip().startswith('<!--'):
            out[i] = True
            if '-->' not in l:
                comment = True
    return out


def candidates(lines, mask):
    cands = []
    for i, l in enumerate(lines):
        if mask[i]:
            continue
        s = l.strip()
        if ITEM.match(l) or s.startswith('**'):
            cands.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            cands.append(i)
    return cands


def is_top(l):
    m = ITEM.match(l)
    return bool(m) and len(m.group(1)) == 0 and l.strip() not in ('-', '*', '+')


def entry_start(lines, i):
    l = lines[i]
    if l.strip().startswith('|'):
        return i
    m = ITEM.match(l)
    if m and len(m.group(1)) == 0 and l.strip() not in ('-', '*', '+'):
        return i
    if not m and l.strip().startswith('**'):
        return i
    # indented sub-item or empty bullet: walk up to its parent top-level item
    j = i - 1
    while j >= 0:
        lj = lines[j]
        if lj.startswith('#'):
            return i
        if is_top(lj):
            return j
        if lj.strip() == '' or lj.startswith((' ', '\t')) or lj.strip() in ('-', '*', '+'):
            j -= 1
            continue
        return i
    return i


def entry_end(lines, s):
    if lines[s].strip().startswith('|'):
        return s
    e = s
    j = s + 1
    while j < len(lines):
        lj = lines[j]
        if lj.strip() == '':
            j += 1
            continue
        if lj.startswith((' ', '\t')) or lj.strip() in ('-', '*', '+') or re.match(r'^-\s*$', lj):
            e = j
            j += 1
            continue
        break
    return e


def main():
    rng = random.Random(8031)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        mask = masked(lines)
        cands = candidates(lines, mask)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries', file=sys.stderr)
        for s in held:
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
