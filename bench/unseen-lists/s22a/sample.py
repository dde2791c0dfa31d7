"""Sample 20 candidate entry lines per list with random.Random(2201).

Candidates: list items (bullets -,*,+ and numbered), table body rows (rows
after a |---| separator row, header and separator rows excluded) and lines
starting with bold (**). Lines in fenced code blocks and HTML comments are
skipped. Lists are processed in sorted file-name order with one RNG.
"""
import glob, os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')

def candidates(lines):
    out = []
    in_fence = in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
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
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(2201)
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picks = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for n in picks:
            res.append({'list': name, 'line': n, 'text': lines[n-1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
