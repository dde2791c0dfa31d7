"""Draw up to 20 entries a list with ONE random.Random(5271), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + and numbered 1. / 1)), table body rows (rows after a
|---| separator row; the header row and the separator row are not candidates), and lines starting
with bold (`**`). None of the three lists writes papers as headings, so no heading line is a
candidate. Fenced code and HTML comments (<!-- ... -->, also over several lines) are skipped.

Each list's candidates are shuffled and walked; each drawn line is mapped to the start of the entry
it belongs to, and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).

Entries:
* A table body row is a one-line entry.
* A list item or bold line starts an entry. The entry runs on over the lines after it that are not
  themselves items, headings, table rows or HTML block tags (<p>, <div>, ...): lazy continuation
  lines such as eosphoros' `[[paper](...)]` / badge lines and the Handbook's `<img ...>` venue-badge
  lines. After a blank line it goes on only while the next line is indented to the item's content
  column (xlang's indented author line under `1. **Title.** Venue`).
* A nested list item (indented to the parent's content column, CommonMark) whose text does not start
  with a link `[` or bold `**` is a description of its parent (eosphoros' `  - 2023/02, Meta AI
  proposes ...` under `- Llama [[paper]] ...`, `  - Input: ...` under the introduction bullet): it is
  a candidate line, but it belongs to the parent's entry. A nested item that starts with a link or
  bold (the table of contents) is an entry of its own.

Writes sample.jsonl (list, line = entry start, end = last line, text = the entry's lines) and prints
counts.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^( *)([-*+]|\d+[.)])( +|$)')
HEAD = re.compile(r'^ {0,3}#{1,6}(\s|$)')
HTMLBLOCK = re.compile(r'^ {0,3}</?(p|div|details|summary|table|h[1-6]|br|hr)\b', re.I)


def scan(lines):
    """Return (candidate line numbers, map line -> entry start, map entry start -> last line)."""
    cands, start, end = [], {}, {}
    in_fence = in_comment = in_table = False
    stack = []          # open list items: (line, content column), innermost last
    cur = None          # start line of the entry that continuation lines join
    cur_col = 0         # content column of the innermost open item (0 for a bold line)
    pending_blank = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            cur, stack = None, []
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
        indent = len(line) - len(line.lstrip(' '))
        if s.startswith('|'):
            cur, stack = None, []
            if SEP.match(s):
                in_table = True
            elif in_table:
                cands.append(i)
                start[i] = end[i] = i
            pending_blank = False
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            col = len(m.group(1)) + len(m.group(2)) + max(1, len(m.group(3)))
            # close items this one is not nested in
            while stack and indent < stack[-1][1]:
                stack.pop()
            text = line[m.end():]
            cands.append(i)
            if stack and not (text.startswith('[') or text.startswith('**')):
                parent = start[stack[-1][0]]
                start[i] = parent          # description sub-bullet: part of the parent entry
                end[parent] = i
                stack.append((i, col))
                cur = parent
            else:
                start[i] = end[i] = i
                stack.append((i, col))
                cur = i
            cur_col = col
        elif s.startswith('**') and indent < 4:
            cands.append(i)
            if cur is not None and stack and not pending_blank:
                start[i] = cur          # a bold line inside an item's paragraph: part of it
                end[cur] = i
            else:
                start[i] = end[i] = i   # a bold line of its own starts an entry
                cur, cur_col, stack = i, 0, []
        elif HEAD.match(line) or HTMLBLOCK.match(line):
            cur, stack = None, []
        elif cur is not None:
            if pending_blank and (indent < cur_col or cur_col == 0):
                cur, stack = None, []   # a blank line and no deeper indent: the entry is over
            else:
                start[i] = cur          # continuation line of the entry above
                end[cur] = i
        else:
            stack = []
        pending_blank = False
    return cands, start, end


def main():
    rng = random.Random(5271)
    out = []
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
        entries = sorted(set(start.values()))
        print(f'{name}: {len(cands)} candidate lines, {len(entries)} entries, {len(held)} drawn',
              file=sys.stderr)
        for e in sorted(held):
            out.append({'list': name, 'line': e, 'end': end[e],
                        'text': '\n'.join(lines[e - 1:end[e]])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
