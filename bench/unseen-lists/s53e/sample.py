"""Draw up to 20 entries a list with ONE random.Random(5351), lists in sorted file-name order.

Candidate lines
  * list items: bullets (-, *, +, any indent, also `-<TAB>`) and numbered items (1. / 1));
  * table body rows: lines starting with `|` that are neither a separator row (|---|) nor a header
    row (the row just above a separator).  yuntaoshou's milestone table goes on after blank lines
    without a new separator (`| 2023-08 | Qwen-VL | ... |`); those rows are still the list's table
    body rows to a reader, so they count too;
  * lines starting with bold (`**`), also after leading emoji decoration (jackchen69's
    `🔥🔥🔥 **Title**  ` headline lines).
  None of the three lists writes papers as headings, so no heading line is a candidate.
  Fenced code and HTML comments are skipped.  EvelynFan__AWESOME-FER.README.md is the first 3 of 5
  pages of the file: its last line is cut mid-title by the page limit and is left out.

Entries
  A list item runs on over the following lines up to a blank line, a heading, an HTML line, a new
  list item or a table row (FER's titles wrapped over two or three lines).
  A bold headline (jackchen69's `🔥🔥🔥 **Title**  ` blocks in "Our Emo works", each closed by a `---`
  rule or the next headline) runs on to the next headline, `---` rule, heading, list item or table
  row, blank and HTML lines included (its `**[Paper](..)** | **[GitHub](..)**` line, EmoBench-M's
  centred link lines, and the one-line description under it); trailing blank lines are dropped.
  A table row is one entry, except that a row broken over two lines (jackchen69's
  `[**... Models\n**](https://...) | ACL | ...`) takes the next line when the row has not closed its
  link/bold yet (the next line starts with `**](` ).
Each list's candidates are shuffled and walked; each drawn line is mapped to the start of its entry,
and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).

Prints one JSON object a line: list, line (entry start), end (last line), text; counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])[ \t]+')
HEAD = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
# bold at line start, optionally after emoji / symbol decoration
BOLD = re.compile(r'^[^\w\s\[\]()<>|*#-]*\s*\*\*')
TRUNCATED_LAST = {'EvelynFan__AWESOME-FER.README.md'}


def scan(name, lines):
    cands, start, end = [], {}, {}
    in_fence = in_comment = False
    cur = None
    block = False       # cur is a bold headline block
    n = len(lines)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            cur = None
            continue
        if not s:
            if not block:
                cur = None
            continue
        if block and (re.match(r'^\s*(-{3,}|\*{3,}|_{3,})\s*$', line) or HEAD.match(line)):
            cur = None
            block = False
            continue
        if s.startswith('|'):
            nxt = lines[i].strip() if i < n else ''
            if SEP.match(s) or SEP.match(nxt):
                cur = None          # separator or header row
                continue
            cands.append(i)
            start[i] = end[i] = i
            cur = None
            block = False
            # a row broken over two lines
            if i < n and lines[i].startswith('**]('):
                start[i + 1] = i
                end[i] = i + 1
            continue
        if i in start:              # already taken as the second half of a broken row
            continue
        if HEAD.match(line) or (s.startswith('<') and not block):
            cur = None
            continue
        if ITEM.match(line):
            cands.append(i)
            start[i] = end[i] = i
            cur = i
            block = False
            continue
        if BOLD.match(line) and (cur is None or (block and not line.startswith('**'))):
            cands.append(i)
            start[i] = end[i] = i
            cur = i
            block = True
            continue
        if cur is not None:         # continuation line of the entry above
            start[i] = cur
            end[cur] = i
    if name in TRUNCATED_LAST and cands and cands[-1] == n:
        cands.pop()
    return cands, start, end


def main():
    rng = random.Random(5351)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands, start, end = scan(name, lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            e = start[c]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidate lines, {len(set(start[c] for c in cands))} '
              f'entries, {len(held)} drawn', file=sys.stderr)
        for e in sorted(held):
            print(json.dumps({'list': name, 'line': e, 'end': end[e],
                              'text': '\n'.join(lines[e - 1:end[e]])}, ensure_ascii=False))


if __name__ == '__main__':
    main()
