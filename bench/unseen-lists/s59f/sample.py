#!/usr/bin/env python3
"""Sample 20 entries a list for s59f, with ONE random.Random(5961) over the
lists in sorted file-name order.

Candidate lines: list items (bullets, numbered `1.` / `1)`), table body rows
(not header or separator rows), and lines starting with bold.  No list here
writes papers' titles as headings (lcybuzz's H3 headings are short model
names such as `### **PWC-Net ★★**`, and the title is on the `**[Paper]**`
line under it), so no heading is a candidate.  Fenced code and HTML comments
are skipped (none occur in these three files).

A drawn line is mapped to the start of the entry it belongs to:
  * lcybuzz: every line of a `**[Paper]**` block (`**[Year]**`,
    `**[Author]**`, `**[Pages]**`, `**[Description]**`, `1) ...` notes)
    maps to the `**[Paper]**` line that opens the block (the block runs to
    the next heading or the next `**[Paper]**`);
  * a nested bullet maps to its parent bullet when the parent is a content
    entry (antran89's dataset bullets with their indented description
    bullets); nested table-of-contents links (`  - [Deep Optical Flow](#..)`)
    and bullets with no parent bullet (lcybuzz's `  - ★★★` rank lines under
    a heading) are entries of their own;
  * everything else is its own entry (lazy continuation lines such as
    OpenStereo's `[[code](...)].AAAI2020` are not candidates, but belong to
    the bullet above in `raw`).
Walk the shuffled candidates until 20 distinct entries are held.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5961

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
TOC_LINK = re.compile(r'^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$')


def visible_lines(lines):
    """Indices (0-based) of lines outside fenced code and HTML comments."""
    out = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
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
        out.append(i)
    return out


def candidates(lines):
    vis = visible_lines(lines)
    cands = []
    for i in vis:
        ln = lines[i]
        s = ln.strip()
        if not s:
            continue
        if BULLET.match(ln):
            cands.append(i)
        elif s.startswith('**'):
            cands.append(i)
        elif s.startswith('|'):
            if TABLE_SEP.match(ln):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if TABLE_SEP.match(nxt):   # header row
                continue
            cands.append(i)
    return cands


def entry_start(lines, i):
    ln = lines[i]
    # lcybuzz-style **[Paper]** blocks
    for j in range(i, -1, -1):
        s = lines[j].strip()
        if s.startswith('**[Paper]**'):
            return j
        if HEADING.match(lines[j]) and j != i:
            break
        if j != i and BULLET.match(lines[j]) and not s[:3].isdigit() \
                and not re.match(r'^\d+\)', s):
            break
    m = BULLET.match(ln)
    if m and len(m.group(1).expandtabs(4)) > 0:
        indent = len(m.group(1).expandtabs(4))
        for j in range(i - 1, -1, -1):
            lj = lines[j]
            if HEADING.match(lj):
                return i
            mj = BULLET.match(lj)
            if mj and len(mj.group(1).expandtabs(4)) < indent:
                if TOC_LINK.match(lj):
                    return i
                return entry_start(lines, j)
    return i


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        rng.shuffle(cands)
        held = []
        for i in cands:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'# {f}: {len(cands)} candidate lines, {len(held)} entries')
        for s in sorted(held):
            print(f'{f}\t{s + 1}\t{lines[s][:110]}')


if __name__ == '__main__':
    main()
