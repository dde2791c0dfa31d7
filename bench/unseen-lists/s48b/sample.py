"""Draw up to 20 entries a list with ONE random.Random(4821), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1)), table body rows (rows after a
|---| separator row; header and separator rows excluded), and lines starting with bold (`**` or an
HTML `<b>`). None of the three lists writes papers as headings, so no heading line is a candidate.
Fenced code and HTML comments are skipped. HTML <table> rows (<tr>/<td>) are not Markdown table
rows and are not candidates.
Each list's candidates are shuffled and walked; a drawn line is mapped to the start of the entry
it belongs to (a non-item continuation line belongs to the item above it, with no blank line
between) and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).
Prints one JSON object a line: list, line (entry start), text (that line); counts go to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')
BOLD = re.compile(r'^\s*(\*\*|<b>)', re.I)


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur = None  # start line of the current list item, for continuation lines
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
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i)
            start[i] = i
            cur = i
        elif s.startswith('#') or s.startswith('<'):
            cur = None
        elif cur is not None:
            start[i] = cur  # continuation line of the entry above
    return cands, start


def main():
    rng = random.Random(4821)
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
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
