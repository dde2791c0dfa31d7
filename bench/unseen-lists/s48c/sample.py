"""Draw up to 20 entries a list with ONE random.Random(4831), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1), at any indent), table body rows
(rows after a |---| separator row; header and separator rows are not candidates), and lines that
start with bold (**). None of the three lists writes papers as headings (Markdown or HTML), so no
heading line is a candidate. Skipped: fenced code blocks and HTML comments.

Entries: a candidate line starts an entry, except a nested list item (indented deeper than the item
that opened the current entry) whose text does not begin with a link ("[" or "**["): such a line
is a sub-bullet of the entry above (authors / code / notes, as in hijkzzz's "  - Karl Cobbe, ..."),
so it belongs to that entry. Non-item lines that follow an item with no blank line in between
(indented authors and [[Paper]] lines, a title wrapped onto a second line) are continuation lines
of the entry above. A blank line, a heading, a thematic break (---) or a table row ends an
entry.

Each list's candidates are shuffled and walked; every drawn line is mapped to the start of its entry
and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).
Writes sample.jsonl (list, line, raw) next to this script; prints counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4831
PER_LIST = 20
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
HRULE = re.compile(r'^\s{0,3}([-*_])(\s*\1){2,}\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])(\s+|$)')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s|^\s*<h[1-6][\s>]', re.I)


def scan(lines):
    """Return (candidate line numbers, {line: entry start}, {entry start: [lines]})."""
    cands, start, members = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None          # start line of the current entry
    cur_indent = 0      # indent of the item that opened it
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
            cur = None
            in_table = False
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
                members[i] = [i]
            continue
        in_table = False
        if HEADING.match(line) or HRULE.match(line):
            cur = None
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            body = line[m.end():].lstrip()
            cands.append(i)
            if (cur is not None and indent > cur_indent
                    and not (body.startswith('[') or body.startswith('**['))):
                start[i] = cur            # sub-bullet of the entry above
                members[cur].append(i)
            else:
                start[i] = i
                members[i] = [i]
                cur, cur_indent = i, indent
            continue
        if s.startswith('**'):
            cands.append(i)
            start[i] = i
            members[i] = [i]
            cur, cur_indent = i, len(line) - len(line.lstrip())
            continue
        if cur is not None:
            start[i] = cur                # continuation line of the entry above
            members[cur].append(i)
    return cands, start, members


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, members = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == PER_LIST:
                break
        print(f'# {name}: {len(cands)} candidate lines, '
              f'{len(set(start[c] for c in cands))} candidate entries, {len(held)} drawn',
              file=sys.stderr)
        for e in sorted(held):
            ls = members[e]
            raw = '\n'.join(lines[k - 1] for k in range(ls[0], ls[-1] + 1))
            out.append({'list': name, 'line': e, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
