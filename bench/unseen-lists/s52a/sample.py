"""Draw up to 20 entries a list with ONE random.Random(5211), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1), also inside a `>` blockquote),
table body rows (rows after a |---| separator row; header and separator rows excluded), and lines
starting with bold (`**`). None of the three lists (iambashar, QianXuna, XinLi-zn) writes papers as
headings, so no heading line is a candidate. Fenced code and HTML comments (<!-- ... -->, also over
several lines) are skipped.

Each list's candidates are shuffled and walked; each drawn line is mapped to the start of the entry
it belongs to and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).
An entry of a list item runs on over the lines after it that are not themselves items, headings or
table rows (XinLi-zn's `+ Title. (Venue)` / authors line / `[[paper]] [[code]]` line), also across
blank lines while the next non-blank line is indented deeper than the item's marker (CommonMark
indented continuation). A blank line (or a line of spaces only) ends an entry otherwise. A table row
is a one-line entry.

Prints one JSON object a line: list, line (entry start), end (last line), text (the entry's lines);
counts go to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
QUOTE = re.compile(r'^\s*(>\s?)+')
HEAD = re.compile(r'^\s{0,3}#{1,6}(\s|$)')


def body(line):
    """The line without blockquote markers."""
    return QUOTE.sub('', line)


def scan(lines):
    """Return (candidate line numbers, map line -> entry start, map entry start -> last line)."""
    cands, start, end = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None          # start line of the current list item
    cur_indent = 0      # indent of its marker
    pending_blank = False
    for i, raw in enumerate(lines, 1):
        line = body(raw)
        s = line.strip()
        if in_comment:
            if '-->' in raw:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            cur = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            pending_blank = True
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                in_table = True
                pending_blank = False
                continue
            if in_table:
                cands.append(i)
                start[i] = i
                end[i] = i
            pending_blank = False
            continue
        in_table = False
        m = ITEM.match(line)
        if m or s.startswith('**'):
            cands.append(i)
            start[i] = i
            end[i] = i
            cur = i
            cur_indent = len(m.group(1)) if m else 0
        elif HEAD.match(line):
            cur = None
        elif cur is not None:
            indent = len(line) - len(line.lstrip(' '))
            if pending_blank and indent <= cur_indent:
                cur = None      # a blank line and no deeper indent: the entry is over
            else:
                start[i] = cur  # continuation line of the entry above
                end[cur] = i
        pending_blank = False
    return cands, start, end


def main():
    rng = random.Random(5211)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, end = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for e in sorted(held):
            print(json.dumps({'list': name, 'line': e, 'end': end[e],
                              'text': '\n'.join(lines[e - 1:end[e]])}, ensure_ascii=False))


if __name__ == '__main__':
    main()
