"""Sample 20 candidate entry lines per list with random.Random(2203).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(not the header row or the |---| separator), and lines starting with bold (** or __).
Fenced code blocks and HTML comments are skipped. A fresh Random(2203) per list,
lists taken in sorted file-name order; the sample is sorted by line number.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, in_fence, in_comment = [], False, False
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
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**') or s.startswith('__'):
            out.append(i + 1)
    return lines, out

def main():
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines, cands = candidates(path)
        rng = random.Random(2203)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        name = os.path.basename(path)
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for ln in picked:
            res.append({'list': name, 'line': ln, 'raw': lines[ln - 1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
