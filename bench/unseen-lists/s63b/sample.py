#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6321) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments are skipped. None of the three lists
writes papers as headings, so no heading line is a candidate.

Each list's candidates are shuffled and walked; a drawn line is mapped to the start of the entry
it belongs to, until 20 distinct entries are held.  Multi-line entries: an indented `-`/`*`
sub-bullet that directly follows (no blank line between) a numbered top-level item (`1. ...`)
is a detail line of that item (largeapp__FD writes title, then `- *authors* year`, then
`- [Paper](...)`), so it maps to the numbered item's line.  Nested `-` bullets under `-`
bullets (the mala-lab outline) are their own entries.  An entry's raw text is its start line
plus its contiguous detail lines.
"""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
NUM_TOP = re.compile(r'^\d+[.)]\s+')
SUB_BULLET = re.compile(r'^\s+[-*+]\s+')


def skipped(lines):
    skip = [False] * len(lines)
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            in_fence = not in_fence
            continue
        if in_fence:
            skip[i] = True
            continue
        if '<!--' in l:
            skip[i] = True
            if '-->' not in l[l.index('<!--'):]:
                in_comment = True
    return skip


def candidates(lines, skip):
    n = len(lines)
    header, body = set(), set()
    for i, l in enumerate(lines):
        if skip[i] or '|' not in l or not SEP.match(l):
            continue
        if i > 0 and '|' in lines[i - 1]:
            header.add(i - 1)
        j = i + 1
        while j < n and lines[j].strip() and '|' in lines[j] and not skip[j]:
            body.add(j)
            j += 1
    out = []
    for i, l in enumerate(lines):
        if skip[i] or i in header or ('|' in l and SEP.match(l)):
            continue
        if i in body or ITEM.match(l) or l.lstrip().startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i):
    """Map a detail sub-bullet to its numbered parent item."""
    if not SUB_BULLET.match(lines[i]):
        return i
    j = i - 1
    while j >= 0 and lines[j].strip() and SUB_BULLET.match(lines[j]):
        j -= 1
    if j >= 0 and lines[j].strip() and NUM_TOP.match(lines[j]):
        return j
    return i


def entry_raw(lines, s):
    out = [lines[s]]
    if NUM_TOP.match(lines[s]):
        k = s + 1
        while k < len(lines) and lines[k].strip() and SUB_BULLET.match(lines[k]):
            out.append(lines[k])
            k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(6321)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        skip = skipped(lines)
        cands = candidates(lines, skip)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn')
        for s in held:
            result.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, s)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
