"""Draw up to 20 entries a list with ONE random.Random(4941), lists in sorted file-name order.

Candidate lines:
  * list items: bullets (-, *, +) and numbered items (1. / 1)) at any indent;
  * table body rows (rows after a |---| separator row; header and separator rows excluded) -
    none of the three lists has a table, the rule is kept for completeness;
  * lines starting with bold (**...);
  * heading lines, but only in a list that writes papers as headings. Of the three lists only
    mekty2012__Deep-Learning-Theory.README.md does (every `### Title` there is a paper, followed by
    an autolink line and a description paragraph), so its `###` lines are candidates; the headings
    of the other two lists are categories and years, never candidates.
Skipped: lines inside fenced code (``` / ~~~) and inside HTML comments (<!-- ... -->).

Each list's candidates are shuffled (one shared RNG, lists in sorted file-name order) and walked;
a drawn line is mapped to the start of the entry it belongs to and drawing goes on until 20
distinct entries are held (fewer if the list has fewer).
  * a list item's entry is the item line plus its continuation lines (non-blank lines that are not
    items, headings or table rows, directly below it);
  * a heading entry (heading-paper list) runs from the heading to the last non-blank line before
    the next heading;
  * a bold line or a table row is an entry of its own, plus continuation lines like a list item.
Writes sample.jsonl (list, line, raw) next to this script and prints counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4941
PER_LIST = 20
HEADING_PAPER_LISTS = {'mekty2012__Deep-Learning-Theory.README.md'}

ITEM = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
FENCE = re.compile(r'^\s*(```|~~~)')


def scan(lines, heading_papers):
    """Return (candidate line numbers, {candidate line: entry start}, {entry start: end line})."""
    cands, start_of, end_of = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None  # start line of the entry that continuation lines attach to
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_fence:
            if FENCE.match(line):
                in_fence = False
            cur = None
            continue
        if FENCE.match(line):
            in_fence = True
            cur = None
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            if cur is not None and cur[1] != 'heading':
                cur = None
            continue
        if HEAD.match(line):
            in_table = False
            if heading_papers:
                cands.append(i); start_of[i] = i; end_of[i] = i
                cur = (i, 'heading')
            else:
                cur = None
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                cur = None
                continue
            if in_table:
                cands.append(i); start_of[i] = i; end_of[i] = i
                cur = (i, 'row')
            continue
        if ITEM.match(line) or s.startswith('**'):
            if cur is not None and cur[1] == 'heading':
                # a bullet inside a heading entry belongs to that entry
                start_of[i] = cur[0]; end_of[cur[0]] = i
                continue
            cands.append(i); start_of[i] = i; end_of[i] = i
            cur = (i, 'item')
            continue
        # plain text line: continuation of the current entry, if any
        if cur is not None:
            start_of[i] = cur[0]
            end_of[cur[0]] = i
    return cands, start_of, end_of


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of, end_of = scan(lines, name in HEADING_PAPER_LISTS)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of[ln]
            if st not in held:
                held.append(st)
            if len(held) == PER_LIST:
                break
        for st in sorted(held):
            raw = '\n'.join(lines[st - 1:end_of[st]])
            out.append({'list': name, 'line': st, 'raw': raw})
        print(f'{name}: {len(cands)} candidates, {len(held)} entries', file=sys.stderr)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
