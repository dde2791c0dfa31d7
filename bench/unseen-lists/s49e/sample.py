"""Draw up to 20 entries a list with ONE random.Random(4951), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1), at any indent), table body rows
(rows after a |---| separator row; header and separator rows excluded), and lines starting with
bold (**). None of the three lists writes papers as headings, so no heading line is a candidate.
Skipped: fenced code and HTML comments.

Each list's candidates are shuffled and walked; a drawn line is mapped to the start of the entry
it belongs to, and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).
Entry starts:
  * a table row is its own entry;
  * a list item at the top level of its block is its own entry;
  * a nested list item under a paper item (e.g. markdtw's "  - Authors. *ICLR'17*" line under
    "- Title [[pdf]](...)") is a continuation of that item; a nested item under a
    table-of-contents item (whose text is only an [anchor](#...) link) is its own entry;
  * a non-item line (e.g. a "  > ..." quote line under "* Code") right after an item, with no blank
    line between, is a continuation of that item.
Writes sample.jsonl (list, line, text) next to this script and prints counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+)')
TOC = re.compile(r'^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$')


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    top = None          # (line number, indent, is_toc) of the current outermost item
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            top = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            top = None
            continue
        if s.startswith('|'):
            top = None
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            cands.append(i)
            if top is not None and indent > top[1] and not top[2]:
                start[i] = top[0]          # nested line of a paper item
            else:
                start[i] = i
                if top is None or indent <= top[1]:
                    top = (i, indent, bool(TOC.match(line)))
            continue
        if s.startswith('**'):
            cands.append(i)
            start[i] = i
            top = None
            continue
        if s.startswith('#'):
            top = None
            continue
        if top is not None:
            start[i] = top[0]              # continuation line (not a candidate itself)
    return cands, start


def main():
    rng = random.Random(4951)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = scan(lines)
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
            out.append({'list': name, 'line': e, 'text': lines[e - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
