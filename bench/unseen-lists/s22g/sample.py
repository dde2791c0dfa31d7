"""Sample 20 candidate entry lines per list with random.Random(2207).

Candidates: list items (bullet -, *, + or numbered, at any indent), table body
rows (a line starting with '|' that is neither a separator row nor the first row
of a contiguous block of pipe lines, i.e. its header), and lines starting with
bold ('**').  Fenced code blocks and HTML comments are skipped.
A fresh random.Random(2207) is used for each list; lists are processed in
sorted file-name order.  Output: list<TAB>line<TAB>text, sorted by line.
"""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_pipe = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_pipe = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_pipe = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_pipe = False
            continue
        if s.startswith('|'):
            if not SEP.match(s) and prev_pipe:
                out.append(i)
            prev_pipe = True
            continue
        prev_pipe = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2207)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(f)
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for ln in picked:
            print(f'{name}\t{ln}\t{lines[ln-1]}')


if __name__ == '__main__':
    main()
