"""Draw up to 20 entries a list with ONE random.Random(5041), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1) at any indent), table body rows
(rows after a |---| separator row; header and separator rows excluded), and lines starting with
bold (**). None of the three lists writes papers as headings, so no heading line is a candidate.
Skipped: fenced code blocks and HTML comments.

Each list's candidates are shuffled and walked; a drawn line is mapped to the start of the entry it
belongs to (a line continuing an entry above it, with no blank line in between and not itself an
item or table row, belongs to that entry's first line) and drawing goes on until 20 distinct entries
are held (fewer if the list has fewer).

The entry's extent (for the raw text) is: a table row alone; a list item plus its following
non-blank lines that are neither items, table rows nor headings; a bold paragraph plus its
following non-blank lines (hussius writes `**Title**` then link lines, then a blank line, then a
commentary paragraph, which is not part of the entry).

Writes sample.jsonl (list, line, raw) next to this script and prints counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+](\s+|$)|\d+[.)]\s+)')
BOLD = re.compile(r'^\s*\*\*')
HEAD = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
FENCE = re.compile(r'^\s*(```|~~~)')
SEED = 5041
N = 20


def scan(lines):
    """Return (kinds, skip): kinds[i] in {'item','row','bold',None}; skip marks code/comments."""
    n = len(lines)
    skip = [False] * n
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        if in_fence:
            skip[i] = True
            if FENCE.match(l):
                in_fence = False
            continue
        if FENCE.match(l):
            skip[i] = True
            in_fence = True
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        s = l.strip()
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s[4:]:
                in_comment = True
            continue
    kinds = [None] * n
    in_table = False
    for i, l in enumerate(lines):
        if skip[i]:
            in_table = False
            continue
        s = l.strip()
        if SEP.match(l) and '|' in l:
            in_table = True
            continue
        if in_table:
            if s.startswith('|') or (s.count('|') >= 2):
                kinds[i] = 'row'
                continue
            in_table = False
        if ITEM.match(l) and not SEP.match(l):
            kinds[i] = 'item'
        elif BOLD.match(l):
            kinds[i] = 'bold'
    return kinds, skip


def entry_start(i, lines, kinds):
    """Map a candidate line to the first line of its entry."""
    if kinds[i] in ('item', 'row'):
        return i
    # a bold line continuing an item/bold paragraph directly above it belongs to that entry
    j = i
    while j > 0 and lines[j - 1].strip() and kinds[j - 1] != 'row' and not HEAD.match(lines[j - 1]):
        j -= 1
        if kinds[j] in ('item', 'bold'):
            return j
    return i


def entry_extent(s, lines, kinds):
    if kinds[s] == 'row':
        return [s]
    out = [s]
    k = s + 1
    while k < len(lines) and lines[k].strip() and kinds[k] is None and not HEAD.match(lines[k]):
        out.append(k)
        k += 1
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        name = os.path.basename(f)
        text = open(f, encoding='utf-8').read()
        lines = text.split('\n')
        kinds, skip = scan(lines)
        cands = [i for i, k in enumerate(kinds) if k]
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(i, lines, kinds)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidates '
              f'({sum(k == "item" for k in kinds)} items, {sum(k == "row" for k in kinds)} rows, '
              f'{sum(k == "bold" for k in kinds)} bold), drew {len(held)}', file=sys.stderr)
        for s in held:
            ext = entry_extent(s, lines, kinds)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[k] for k in ext)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
