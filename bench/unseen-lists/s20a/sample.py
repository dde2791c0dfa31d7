"""Sample 20 candidate entry lines per list with random.Random(2001) (a fresh generator per list).

Candidates: list items (bullets -,*,+ or numbered N. / N), at any indentation), table body rows
(a |-row that is neither a header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import random, re, sys, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')

def candidates(lines):
    out = []
    fence = False
    comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if ITEM.match(line):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif s.startswith('**') and line.startswith('**'):
            out.append(i + 1)
    return out

def main():
    res = []
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2001)
        picked = sorted(rng.sample(cands, 20))
        print(f'# {name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for n in picked:
            res.append({'list': name, 'line': n, 'text': lines[n - 1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
