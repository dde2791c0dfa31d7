"""Sample 20 distinct entries per list with ONE random.Random(4781).

Lists (*.README.md in this folder) are processed in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1) ), table body
rows (rows after a |---| separator row; header and separator rows excluded),
lines starting with bold (**), and heading lines that are paper titles (none of
the three lists writes papers as headings, so no heading is a candidate).
Lines inside fenced code blocks and HTML comments are skipped.

For each list the candidates are shuffled and walked; each drawn line is mapped
to the first line of the entry it belongs to, and the walk goes on until 20
distinct entries are held.  Entry structure (read by eye from the files):

* an indented list item is a continuation of the column-0 list item above it
  when no blank line separates them and that parent is not a table-of-contents
  anchor link "[x](#y)" (THUYimingLi: "  - Author 1, ... *Venue*, Year." lines);
* a <details> block that directly follows an item line (no blank line between)
  is that item's note block (trojai-literature "Summary" drop-downs); list items
  inside it belong to the item.  A <details> block after a blank line only
  groups entries, which stay entries of their own (ZJZAC);
* an entry's lines run from its first line through its continuation lines:
  following non-blank lines that are not themselves a new entry start, plus an
  attached <details> block up to </details>.

Output: one JSON object a line {list, line, raw} on stdout; per-list counts on
stderr.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+)')
TOC = re.compile(r'^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#')
N_PER_LIST = 20


def scan(lines):
    """Return (candidates, skip) where skip marks fenced/comment lines (1-based)."""
    cands, skip = [], set()
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            skip.add(i)
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            skip.add(i)
            continue
        if in_fence:
            skip.add(i)
            continue
        if s.startswith('<!--'):
            skip.add(i)
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith('**'):
            cands.append(i)
    return cands, skip


def note_blocks(lines):
    """Map every line inside an attached <details> block to the item line it follows."""
    owner = {}
    i = 0
    n = len(lines)
    while i < n:
        if lines[i].strip().startswith('<details>') and i > 0 and lines[i - 1].strip() \
                and ITEM.match(lines[i - 1]) and not lines[i - 1].startswith(' '):
            start = i  # 0-based index of <details>
            j = i
            while j < n and '</details>' not in lines[j]:
                j += 1
            for k in range(start, min(j, n - 1) + 1):
                owner[k + 1] = i  # 1-based line -> 1-based item line (i == index of item + 1)
            i = j + 1
            continue
        i += 1
    return owner


def entry_start(lines, n, owner):
    """1-based first line of the entry holding line n."""
    if n in owner:
        return owner[n]
    line = lines[n - 1]
    m = ITEM.match(line)
    if m and m.group(1):  # indented list item: continuation of a paper item above?
        k = n - 1
        while k >= 1 and lines[k - 1].strip():
            prev = lines[k - 1]
            if ITEM.match(prev) and not prev.startswith((' ', '\t')):
                return n if TOC.match(prev) else k
            if prev.lstrip().startswith('#'):
                break
            k -= 1
    return n


def entry_lines(lines, start, owner, starts):
    """Lines of the entry beginning at `start` (1-based, inclusive)."""
    out = [start]
    k = start + 1
    while k <= len(lines):
        if owner.get(k) == start:
            out.append(k)
            k += 1
            continue
        text = lines[k - 1]
        if not text.strip() or k in starts or text.lstrip().startswith('#'):
            break
        if ITEM.match(text) and entry_start(lines, k, owner) != start:
            break
        out.append(k)
        k += 1
    return out


def main():
    rng = random.Random(4781)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, skip = scan(lines)
        owner = note_blocks(lines)
        starts = {entry_start(lines, c, owner) for c in cands}
        order = cands[:]
        rng.shuffle(order)
        held, drawn = [], 0
        for c in order:
            if len(held) >= N_PER_LIST:
                break
            drawn += 1
            s = entry_start(lines, c, owner)
            if s not in held:
                held.append(s)
        print(f'# {name}: {len(cands)} candidate lines, {len(starts)} entries, '
              f'{drawn} lines drawn for {len(held)} entries', file=sys.stderr)
        for s in sorted(held):
            raw = '\n'.join(lines[k - 1] for k in entry_lines(lines, s, owner, starts))
            print(json.dumps({'list': name, 'line': s, 'raw': raw}, ensure_ascii=False))


if __name__ == '__main__':
    main()
