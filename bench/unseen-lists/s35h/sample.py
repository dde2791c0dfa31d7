"""Sample 20 candidate entry lines per list with random.Random(3508).

Candidates: list items (bullets -, *, + and numbered items), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.
One fresh random.Random(3508) per list, lists taken in sorted file-name order.
Prints "file<TAB>line<TAB>text" for each sampled line (1-based line numbers).
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|') or SEP.match(nxt) and '|' in nxt:
                continue  # header row
            out.append(i)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cand = candidates(lines)
        rng = random.Random(3508)
        picked = sorted(rng.sample(cand, min(N, len(cand))))
        print(f'# {f}: {len(cand)} candidate lines', flush=True)
        for i in picked:
            print(f'{f}\t{i + 1}\t{lines[i]}')


if __name__ == '__main__':
    main()
