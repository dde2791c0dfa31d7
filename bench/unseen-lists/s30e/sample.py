"""Sample 20 candidate entry lines per list with random.Random(3051).

Candidate lines: list items (-, *, + bullets, numbered items, at any indent),
table body rows (lines starting with '|' that are neither a delimiter row nor the
header row directly above a delimiter row), and lines starting with bold (**).
Lines inside fenced code blocks and inside HTML comments are skipped.
A fresh Random(3051) is used for each list; lists are processed in sorted file order.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3051
N = 20

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
DELIM = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')


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
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if s.startswith('|'):
            if DELIM.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and DELIM.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**'):
            if line.startswith('**') or ITEM.match(line):
                out.append(i + 1)
    return out


def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, N))
        result[name] = {'candidates': len(cands), 'lines': picked}
        print(name, len(cands), picked, file=sys.stderr)
        for ln in picked:
            print(f'{name}:{ln}: {lines[ln-1][:200]}', file=sys.stderr)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
