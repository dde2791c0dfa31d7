"""Draw up to 20 entries a list with ONE random.Random(5261), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered `1.` / `1)`, also `1.<TAB>`), table body rows
(rows after a |---| separator row; header and separator rows excluded), lines starting with bold
(`**`), and heading lines that are papers' titles. Only Strivin0311's page writes papers as headings
(every `####` heading there is one paper; its lone H1 names the page), set by hand in PAPER_HEADINGS.
Fenced code and HTML comments (<!-- ... -->, also over several lines) are never candidates.

Each list's candidates are shuffled and walked; each drawn line is mapped to the start of the entry it
belongs to, and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).

Entries:
* A list item runs on over the lines after it that are deeper-indented (nested detail bullets such as
  pprp's `  - Authors:` / `  - Link:` / `  - Summary:` lines, `<div>` image lines) or lazy continuation
  lines, also across blank lines while the next non-blank line is indented deeper than the item's
  marker. A new item at the same or a shallower indent, a heading or a table row ends it. So a nested
  item belongs to its parent item (precedent: km1994's `- [...]` / `  - 论文名称：...` entries).
* A table row is a one-line entry, except inside a paper-heading entry (below).
* A paper heading runs on to the line before the next heading; everything in it (tag line, link
  lines, the model-links table, the fenced bibtex block) is part of that one entry.
Trailing blank lines are not part of an entry.

Prints one JSON object a line: list, line (entry start), end (last line), text (the entry's lines);
counts go to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5261
SEP = re.compile(r'^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^([ \t]*)([-*+]|\d+[.)])[ \t]+')
HEAD = re.compile(r'^ {0,3}(#{1,6})(\s|$)')
# list file -> heading levels that are paper titles
PAPER_HEADINGS = {'Strivin0311__llms-learning.README.md': {4}}


def indent_of(line):
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def scan(name, lines):
    """Return (candidate line numbers, map line -> entry start, map entry start -> last line)."""
    paper_levels = PAPER_HEADINGS.get(name, set())
    cands, start, end = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None          # start line of the current list item
    cur_indent = 0
    pending_blank = False
    head = None         # start line of the current paper-heading entry

    def attach(i, owner):
        start[i] = owner
        end[owner] = i

    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if head:
                attach(i, head)
            if '-->' in raw:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            if head:
                attach(i, head)
            elif cur is not None:
                attach(i, cur)
            continue
        if in_fence:
            if head:
                attach(i, head)
            elif cur is not None:
                attach(i, cur)
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        h = HEAD.match(raw)
        if h:
            cur = None
            in_table = False
            pending_blank = False
            if len(h.group(1)) in paper_levels:
                head = i
                cands.append(i)
                start[i] = i
                end[i] = i
            else:
                head = None
            continue
        if not s:
            in_table = False
            pending_blank = True
            continue
        if head:
            # everything up to the next heading belongs to the paper heading
            if s.startswith('|'):
                if SEP.match(s):
                    in_table = True
                elif in_table:
                    cands.append(i)
            attach(i, head)
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                in_table = True
            elif in_table:
                cands.append(i)
                start[i] = i
                end[i] = i
            pending_blank = False
            continue
        in_table = False
        m = ITEM.match(raw)
        ind = indent_of(raw)
        if cur is not None and ind > cur_indent:
            # deeper-indented line (nested item, detail line, image div): part of the item above
            if m:
                cands.append(i)
            attach(i, cur)
            pending_blank = False
            continue
        if m or s.startswith('**'):
            cands.append(i)
            start[i] = i
            end[i] = i
            cur = i
            cur_indent = ind
        elif cur is not None and not pending_blank:
            attach(i, cur)   # lazy continuation line
        else:
            cur = None
        pending_blank = False
    return cands, start, end


def main():
    rng = random.Random(SEED)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, end = scan(name, lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        entries = len(set(start[c] for c in cands))
        print(f'# {name}: {len(cands)} candidate lines in {entries} entries, {len(held)} entries drawn',
              file=sys.stderr)
        for e in sorted(held):
            print(json.dumps({'list': name, 'line': e, 'end': end[e],
                              'text': '\n'.join(lines[e - 1:end[e]])}, ensure_ascii=False))


if __name__ == '__main__':
    main()
