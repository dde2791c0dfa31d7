"""Draw up to 20 entries a list with ONE random.Random(5061), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1) at any indent), table body rows
(rows after a |---| separator row; header and separator rows are not candidates), and lines
starting with bold (**). None of the three lists writes papers as headings, so no heading line is
a candidate. Fenced code and HTML comments are skipped.

Entry starts: a drawn line is mapped to the start of the entry it belongs to. A non-blank,
non-item, non-table line directly under an item (no blank line between) is a continuation of
that item. In these three lists every entry is one line (table rows, one-line numbered and
bulleted items), so in practice each candidate is its own entry start; nested bullets (the
table-of-contents sub-links) are entries of their own.

Each list's candidates are shuffled and walked until 20 distinct entries are held (fewer if the
list has fewer). Writes sample.jsonl (list, line, text) next to this script; counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+)')


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur = None  # start line of the current entry, for continuation lines
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
            if SEP.match(s) and '-' in s:
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
            continue
        in_table = False
        if s.startswith('#'):
            cur = None
            continue
        if ITEM.match(line):
            cands.append(i)
            start[i] = i
            cur = i
        elif s.startswith('**'):
            cands.append(i)
            start[i] = i
            cur = i
        elif cur is not None:
            start[i] = cur  # continuation line (never a candidate here, kept for completeness)
    return cands, start


def main():
    rng = random.Random(5061)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start[ln]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, {len(set(start[c] for c in cands))} entries, '
              f'{len(held)} drawn', file=sys.stderr)
        for st in sorted(held):
            out.append({'list': name, 'line': st, 'text': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
