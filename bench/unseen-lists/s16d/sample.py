"""Sample 20 candidate entry lines per list with random.Random(1604).

Candidates: list items (bullets -,*,+ or numbered 1. / 1)), table body rows
(rows after a header + separator line), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A fresh Random(1604) is
used for each list, lists taken in sorted file-name order.
Prints: file, 1-based line number, line text.
"""
import glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # table handling
        if '|' in line and i + 1 < len(lines) and SEP.match(lines[i + 1]) and not in_table:
            in_table = 'header'
            continue
        if in_table == 'header':
            in_table = True  # this is the separator line
            continue
        if in_table:
            if '|' in line and s:
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        rng = random.Random(1604)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        name = os.path.basename(path)
        print(f'# {name}: {len(cand)} candidates')
        for i in pick:
            print(f'{name}\t{i + 1}\t{lines[i]}')

if __name__ == '__main__':
    main()
