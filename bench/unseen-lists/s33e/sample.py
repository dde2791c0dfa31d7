"""Sample 20 candidate entry lines per list with random.Random(3305).

Candidates: list items (bullets / numbered, any indent), table body rows
(not the header row, not the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped.
One fresh random.Random(3305) per list; lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


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
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(line):
            out.append(i + 1)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i + 1)
    return out


def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3305)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {'candidates': len(cands), 'lines': picked}
    print(json.dumps(result, indent=1))


if __name__ == '__main__':
    main()
