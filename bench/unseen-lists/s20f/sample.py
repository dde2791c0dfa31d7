"""Sample 20 candidate entry lines per list with random.Random(2006).

Candidates: list items (bullets -, *, + and numbered N. / N) followed by
whitespace, at any indent), markdown table body rows (rows after a header row
and its delimiter row, until a blank line or a line without '|'; rows need not
start with '|'), and lines starting with bold (**).  Fenced code blocks and
HTML comments are skipped.
One exclusion: a nested list item of the form `Key: value` (e.g. `    * Author: ...`,
`    * url: ...`) that directly follows a less-indented list item is a field line
of that parent entry, not an entry of its own; it is not a candidate (the parent
entry's line is).  This matters for carrie0307 (title bullet + Author/url/Code
sub-bullets).
A fresh random.Random(2006) per list; lists in sorted file-name order.
Output (stdout): list<TAB>line<TAB>text, sorted by line.
"""
import glob
import os
import random
import re
import sys

SEED = 2006
HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:\d+[.)]|[-*+])(?:[ \t]|$)(.*)')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
FIELD = re.compile(r'^[A-Za-z][A-Za-z ]{0,15}:')


def indent(ln):
    return len(ln) - len(ln.lstrip(' \t'))


def candidates(lines):
    out = []
    in_fence = in_comment = False
    table = None  # None | 'delim' | 'body'
    parent_indent = None  # indent of the last list item seen in this block
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if re.match(r'^\s*(```|~~~)', ln):
            in_fence = not in_fence
            table = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            table = None
            parent_indent = None
            continue
        if table == 'delim':
            table = 'body'
            continue
        if table == 'body':
            if '|' in s:
                out.append(i + 1)
                continue
            table = None
        if ('|' in s and i + 1 < len(lines) and '-' in lines[i + 1]
                and DELIM.match(lines[i + 1])):
            table = 'delim'
            continue
        m = ITEM.match(ln)
        if m:
            ind = indent(ln)
            if (parent_indent is not None and ind > parent_indent
                    and FIELD.match(m.group(2).strip())):
                continue  # field line of the parent entry
            parent_indent = ind
            out.append(i + 1)
            continue
        if s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    for f in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        rng = random.Random(SEED)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f'# {name}: {len(lines)} lines, {len(c)} candidates', file=sys.stderr)
        for n in pick:
            print(f'{name}\t{n}\t{lines[n - 1]}')


if __name__ == '__main__':
    main()
