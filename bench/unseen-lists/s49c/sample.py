"""Draw up to 20 entries a list with ONE random.Random(4931), lists in sorted file-name order.

Candidate lines:
  * list items: bullets (-, *, +) and numbered items (1. / 1)) at any indent, marker followed by a
    space (so `> - **A ...**` blockquote lines are not items);
  * table body rows (rows after a |---| separator row; header and separator rows excluded) -
    none of the three lists has a table, the rule is kept for completeness;
  * lines starting with bold (**...), which is how yangkky writes every paper title;
  * heading lines only in a list that writes papers as headings: none of these three does
    (MaybeBio names each tool in a <details><summary>, which is a group label, not a heading line).
Skipped: lines inside fenced code (``` / ~~~) and inside HTML comments (<!-- ... -->).

Entry of a drawn line (its start is the entry's first line):
  * inside a <details> ... </details> block (MaybeBio's tool and dataset cards), every item and
    continuation line from the block's first list item to the last non-blank line before
    </details> is ONE entry (the card: Paper / Docs / Code / Approach bullets, with nested
    sub-bullets), the way sibling `- **Paper:**` / `- **Source:**` bullets under one card were
    treated in earlier sets;
  * elsewhere a list item or a bold line is an entry together with its continuation lines
    (non-blank lines directly below that are not items, bold lines, headings, table rows, fences
    or HTML comments); yangkky's 4-line citations (bold title / authors / *venue, date* / [[doi]])
    are therefore one entry each.
Writes sample.jsonl (list, line, raw) next to this script and prints counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4931
PER_LIST = 20

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s')
BOLD = re.compile(r'^\s*\*\*')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
FENCE = re.compile(r'^\s*(```|~~~)')


def scan(lines):
    """Return (candidates, {line: entry start}, {entry start: entry end})."""
    n = len(lines)
    skip = [False] * (n + 1)          # fenced code / HTML comment lines
    in_fence = in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_fence:
            skip[i] = True
            if FENCE.match(line):
                in_fence = False
            continue
        if FENCE.match(line):
            skip[i] = True; in_fence = True; continue
        if in_comment:
            skip[i] = True
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
    # <details> blocks outside fences
    block_of = {}
    i = 1
    while i <= n:
        if not skip[i] and lines[i - 1].strip().startswith('<details'):
            j = i + 1
            while j <= n and not lines[j - 1].strip().startswith('</details>'):
                j += 1
            items = [k for k in range(i + 1, j) if not skip[k] and ITEM.match(lines[k - 1])]
            if items:
                first = items[0]
                last = max(k for k in range(first, j) if lines[k - 1].strip() and not skip[k])
                for k in range(first, last + 1):
                    block_of[k] = (first, last)
            i = j + 1
        else:
            i += 1

    cands, start_of, end_of = [], {}, {}
    in_table = False
    for i, line in enumerate(lines, 1):
        if skip[i]:
            in_table = False
            continue
        s = line.strip()
        if not s:
            in_table = False
            continue
        is_row = False
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            is_row = in_table
        if not (ITEM.match(line) or BOLD.match(line) or is_row):
            continue
        cands.append(i)
        if i in block_of:
            first, last = block_of[i]
            start_of[i] = first; end_of[first] = last
            continue
        # entry = this line + continuation lines
        j = i
        while j < n:
            nxt = lines[j]
            t = nxt.strip()
            if (not t or skip[j + 1] or ITEM.match(nxt) or BOLD.match(nxt) or HEAD.match(nxt)
                    or t.startswith('|') or t.startswith('<')):
                break
            j += 1
        start_of[i] = i; end_of[i] = j
    return cands, start_of, end_of


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands, start_of, end_of = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            st = start_of[c]
            if st not in held:
                held.append(st)
            if len(held) == PER_LIST:
                break
        for st in sorted(held):
            raw = '\n'.join(lines[st - 1:end_of[st]])
            out.append({'list': name, 'line': st, 'raw': raw})
        print(f'{name}: {len(cands)} candidate lines, {len(set(start_of.values()))} entries, '
              f'{len(held)} drawn', file=sys.stderr)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
