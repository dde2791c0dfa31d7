"""Sample 20 candidate entry lines per list with random.Random(1950).

Candidates: list items (bullets -,*,+ and numbered N. / N)), table body rows
(rows after a header+delimiter row, until a blank line), and lines starting
with bold (**).  Fenced code blocks and HTML comments are skipped.
A fresh Random(1950) is used for each list; lists are processed in sorted
file-name order.  Output: list<TAB>line<TAB>text, sorted by line.
"""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:\d+[.)]|[-*+])(?:\s|$)')
DELIM = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if re.match(r'^\s*(```|~~~)', ln):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('<!--') and s.endswith('-->'):
            continue
        if not s:
            in_table = False
            continue
        if in_table == 'header':
            # delimiter row of a table: not a candidate
            in_table = True
            continue
        if in_table:
            if '|' in s:
                out.append(i + 1)
                continue
            in_table = False
        if '|' in s and i + 1 < len(lines) and DELIM.match(lines[i + 1]) and '-' in lines[i + 1]:
            # header row: not a candidate; following rows are
            in_table = 'header'
            continue
        if ITEM.match(ln) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        rng = random.Random(1950)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f'# {name}: {len(c)} candidates', file=sys.stderr)
        for n in pick:
            print(f'{name}\t{n}\t{lines[n-1]}')


if __name__ == '__main__':
    main()
