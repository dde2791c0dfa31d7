"""Sample 20 entries a list for s54g with ONE random.Random(5471).

The lists (*.README.md in this folder) are visited in sorted file-name order and
share the one generator.  Candidate lines: list items (bullet -, *, + or
numbered, at any indent), table body rows (pipe lines that are neither the
header row of a pipe block nor a separator row), lines starting with bold
('**'), and heading lines that are paper titles (none of these three lists
writes papers as headings, so no heading is a candidate).  Fenced code and
HTML comments are skipped.

For each list the candidates are shuffled and walked; each drawn line is mapped
to the start of the entry it belongs to, and the walk stops once 20 distinct
entries are held.  Mapping: a nested list item that only carries extra details
of a numbered paper item above it (e.g. the venue/PDF sub-bullets under
"1. "Tutorial on Conversational Recommendation Systems"" in Zilize) belongs to
that numbered item.  Every other candidate starts its own entry.  An entry runs
from its start line over following non-blank lines that are not themselves new
candidates (lazy continuation, e.g. the authors line under the bold survey
title in emrecanacikgoz), plus nested detail bullets as above.

Output: list<TAB>start line<TAB>end line<TAB>first line, in draw order per list.
"""
import glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
NUM = re.compile(r'^(\s*)\d+[.)]\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def scan(lines):
    """Return (candidate line numbers, set of skipped line numbers)."""
    cands, skipped = [], set()
    in_fence = in_comment = False
    prev_pipe = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            skipped.add(i)
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            skipped.add(i)
            prev_pipe = False
            continue
        if in_fence:
            skipped.add(i)
            continue
        if s.startswith('<!--'):
            skipped.add(i)
            if '-->' not in s:
                in_comment = True
            prev_pipe = False
            continue
        if s.startswith('|'):
            if prev_pipe and not SEP.match(s):
                cands.append(i)
            prev_pipe = True
            continue
        prev_pipe = False
        if ITEM.match(line) or s.startswith('**'):
            cands.append(i)
    return cands, skipped


def owner(lines, i, candset):
    """Map candidate line i to the line where its entry starts."""
    m = ITEM.match(lines[i - 1])
    if not m or not m.group(1):
        return i
    ind = len(m.group(1))
    j = i - 1
    while j >= 1:
        t = lines[j - 1]
        if not t.strip():
            return i          # a blank line ends the parent item
        pm = ITEM.match(t)
        if pm and len(pm.group(1)) < ind:
            if NUM.match(t) and not t.lstrip()[0:1] in '-*+':
                # details under a numbered paper item belong to it
                return owner(lines, j, candset)
            return i
        j -= 1
    return i


def extent(lines, start, candset):
    """Last line of the entry starting at `start`."""
    end = start
    base = ITEM.match(lines[start - 1])
    base_ind = len(base.group(1)) if base else 0
    k = start + 1
    while k <= len(lines):
        t = lines[k - 1]
        if not t.strip():
            break
        if k in candset:
            if owner(lines, k, candset) != start:
                break
        end = k
        k += 1
    return end


def main():
    rng = random.Random(5471)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, _ = scan(lines)
        candset = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = owner(lines, c, candset)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidate lines, {len(held)} entries')
        for s in held:
            e = extent(lines, s, candset)
            print(f'{name}\t{s}\t{e}\t{lines[s - 1]}')


if __name__ == '__main__':
    main()
