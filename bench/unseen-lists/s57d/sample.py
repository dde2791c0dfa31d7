"""Draw up to 20 entries a list with ONE random.Random(5741), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered `1.` / `1)`, at any indent, task-list
items `- [x]` included), table body rows (rows after a |---| separator row; header and separator
rows excluded), and lines starting with bold (`**`). None of the three lists writes papers as
headings, so no heading line is a candidate. Fenced code and HTML comments (<!-- ... -->, also
over several lines) are skipped.

Each list's candidates are shuffled and walked; each drawn line is mapped to the start of the
entry it belongs to, and drawing goes on until 20 distinct entries are held (fewer if the list
has fewer). Entry starts:
  * a list item or bold line starts an entry; the following non-blank lines that are not items,
    headings or table rows continue it (Yijia-Xiao's indented summary and venue lines);
  * a task-list item whose text does not begin with a reference number (`- [x] (2020).`,
    `- [x] Nat. Biotechnol. 30, ...`) and that directly follows another item line (no blank line
    between) is a wrapped continuation of that item's reference (chenxingqiang's AF2REFPAPERS.md
    wraps a citation onto a second `- [x]` line), so it maps to the numbered item above it.

Prints one JSON object a line: list, line (entry start), end (suggested last line), text;
counts go to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
TASK = re.compile(r'^\s*[-*+]\s+\[[ xX]\]\s+(.*)$')
HEAD = re.compile(r'^\s{0,3}#{1,6}(\s|$)')


def scan(lines):
    cands, start, end = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
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
            cur = None
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
                end[i] = i
            continue
        in_table = False
        if HEAD.match(raw):
            cur = None
            continue
        if ITEM.match(raw) or s.startswith('**'):
            cands.append(i)
            t = TASK.match(raw)
            if t and cur is not None and not re.match(r'\d+[.)]\s', t.group(1)):
                start[i] = cur            # wrapped citation continued on a second task item
                end[cur] = i
                continue
            start[i] = i
            end[i] = i
            cur = i
            continue
        if cur is not None:          # continuation line of the current entry
            start[i] = cur
            end[cur] = i
    return cands, start, end


def main():
    rng = random.Random(5741)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    for name in files:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands, start, end = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            s = start[ln]
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(start[c] for c in cands))} entries, '
              f'{len(held)} drawn', file=sys.stderr)
        for s in held:
            e = end[s]
            print(json.dumps({'list': name, 'line': s, 'end': e,
                              'text': '\n'.join(lines[s - 1:e])}, ensure_ascii=False))


if __name__ == '__main__':
    main()
