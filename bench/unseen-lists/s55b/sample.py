"""Sample 20 entries a list for s55b, with ONE random.Random(5521) over the lists in sorted order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows;
a line inside a table block that does not start with '|' is a wrapped cell of the row above and
is a candidate too, since GitHub renders it as a row), lines starting with bold.  Fenced code and
HTML comments are skipped.  No list here writes papers as headings.

Each drawn line is mapped to the start of the entry it belongs to:
- a table row owns the following lines of its table block that do not start with '|'
  (cells that contain newlines, as in kamyararshi's pandas export);
- a list item owns the following more-indented lines that are not entries themselves; a nested
  bullet is an entry of its own when it carries a Markdown link (a paper under a group line such as
  "* Tacotron Series"), otherwise it is a note of its parent; blank lines end an entry.
Output: samples.json (list, line, raw) in draw order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5521

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def indent(s):
    return len(s) - len(s.lstrip(' '))


def analyse(lines):
    """Return (candidates, owner) where owner[i] is the entry-start index of line i (or None)."""
    n = len(lines)
    skip = [False] * n
    in_fence = False
    in_comment = False
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
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
            continue

    cands = []
    owner = [None] * n
    i = 0
    while i < n:
        l = lines[i]
        if skip[i]:
            i += 1
            continue
        s = l.strip()
        # table block: a '|' line followed by a separator row
        if s.startswith('|') and i + 1 < n and SEP.match(lines[i + 1]) and '-' in lines[i + 1]:
            j = i + 2
            cur = None
            while j < n and lines[j].strip() and not skip[j]:
                lj = lines[j]
                if lj.startswith('|'):
                    if SEP.match(lj) and '-' in lj:
                        j += 1
                        continue
                    cur = j
                    owner[j] = j
                    cands.append(j)
                elif cur is not None and not re.match(r'^-{3,}\s*$', lj):
                    owner[j] = cur
                    cands.append(j)
                else:
                    break
                j += 1
            i = j
            continue
        m = BULLET.match(l)
        if m:
            ind = indent(l)
            owner[i] = i
            cands.append(i)
            j = i + 1
            while j < n and lines[j].strip() and not skip[j]:
                lj = lines[j]
                mj = BULLET.match(lj)
                if indent(lj) <= ind:
                    break
                if mj and '](' in lj:
                    break  # a nested paper: its own entry
                owner[j] = i
                if mj:
                    cands.append(j)
                j += 1
            i = j
            continue
        if s.startswith('**'):
            owner[i] = i
            cands.append(i)
        i += 1
    return cands, owner


def entry_raw(lines, owner, start):
    out = [lines[start]]
    k = start + 1
    while k < len(lines) and owner[k] == start:
        out.append(lines[k])
        k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands, owner = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            st = owner[c]
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        entries = sorted(set(owner[c] for c in cands))
        print(f'{f}: {len(cands)} candidate lines, {len(entries)} entries, drew {len(held)}')
        for st in held:
            out.append({'list': f, 'line': st + 1, 'raw': entry_raw(lines, owner, st)})
    with open(os.path.join(HERE, 'samples.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
