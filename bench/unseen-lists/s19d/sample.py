"""Sample 20 candidate entry lines per list with random.Random(1922).

Candidates: list items (bullets -, *, + and numbered N. / N) followed by
whitespace, at any indent), markdown table body rows (rows after a header row
and its delimiter row, until a blank or non-pipe line), and lines starting with
bold (**).  Fenced code blocks and HTML comments are skipped; HTML <table>
rows are not markdown table rows and are not candidates.
A fresh random.Random(1922) per list; lists in sorted file-name order.
Output (stdout): list<TAB>line<TAB>text, sorted by line.
"""
import glob
import os
import random
import re
import sys

SEED = 1922
HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:\d+[.)]|[-*+])(?:[ \t]|$)')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    table = None  # None | 'delim' | 'body'
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
        if ITEM.match(ln) or s.startswith('**'):
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
