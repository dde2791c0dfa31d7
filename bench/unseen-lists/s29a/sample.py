"""Sample 20 candidate entry lines per list with random.Random(2901).

Candidates: list items (bullets -, *, + and numbered 1. / 1) items, at any indent),
table body rows (a row starting with '|' that is neither the header row nor the
---- separator row), and lines starting with bold (**).  Fenced code blocks and
HTML comments are skipped.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2901)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {'candidates': len(cands), 'lines': picked}
        print(name, len(cands), picked, file=sys.stderr)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
