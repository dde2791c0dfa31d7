#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(5821) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
heading lines that are paper titles (none of these three lists writes papers as headings).
Fenced code, HTML comments and YAML front matter are skipped.  A drawn line is mapped to the
start of the entry it belongs to (a continuation line belongs to the entry's first line).
Output: sample.json, a list of {list, line, raw}.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')


def skipped_lines(lines):
    """Indices inside fenced code, HTML comments or leading YAML front matter."""
    skip = set()
    fence = None
    comment = False
    i0 = 0
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                skip.update(range(0, j + 1))
                i0 = j + 1
                break
    for i in range(i0, len(lines)):
        s = lines[i].strip()
        if comment:
            skip.add(i)
            if '-->' in s:
                comment = False
            continue
        if fence:
            skip.add(i)
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^(`{3,}|~{3,})', s)
        if m:
            fence = m.group(1)
            skip.add(i)
            continue
        if s.startswith('<!--'):
            skip.add(i)
            if '-->' not in s:
                comment = True
    return skip


def candidates(lines, skip):
    out = []
    for i, ln in enumerate(lines):
        if i in skip or not ln.strip():
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
        elif TABLE.match(ln):
            # body rows only: not the header (row before a separator) nor the separator
            if SEP.match(ln):
                continue
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            out.append(i)
    return out


def is_start(ln):
    return bool(ITEM.match(ln) or BOLD.match(ln) or TABLE.match(ln) or HEADING.match(ln))


def entry_start(lines, i):
    """Walk back over continuation lines to the line that opens the entry."""
    j = i
    while not is_start(lines[j]) and j > 0 and lines[j - 1].strip():
        j -= 1
    return j


def entry_end(lines, start):
    """Last line of the entry: continuation lines until a blank line or a new entry/heading."""
    k = start
    while k + 1 < len(lines) and lines[k + 1].strip() and not is_start(lines[k + 1]) \
            and not lines[k + 1].lstrip().startswith(('<', '!')):
        k += 1
    return k


def main():
    rng = random.Random(5821)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        skip = skipped_lines(lines)
        cands = candidates(lines, skip)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    json.dump(out, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
