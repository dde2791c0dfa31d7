"""Sample 20 candidate entry lines per list with random.Random(2507).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows,
and lines starting with bold (**...). Fenced code blocks and HTML comments are skipped.
A fresh Random(2507) is used for each list; lists are processed in sorted file-name order.
"""
import glob, os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # table: header is the row before a separator; body rows come after the separator
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return lines, out

def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines, cands = candidates(path)
        rng = random.Random(2507)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        name = os.path.basename(path)
        res[name] = pick
        print(f'## {name}: {len(cands)} candidates', file=sys.stderr)
        for n in pick:
            print(f'{name}\t{n}\t{lines[n-1]}')
    json.dump(res, open(os.path.join('/tmp/s25g-work', 'sample.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
