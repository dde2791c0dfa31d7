"""Sample 20 candidate entry lines a list with random.Random(1602).

Candidates: list items (bullets -, *, +, or numbered, any indent), table body rows
(not the header row, not the separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if not s:
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt:
                continue  # header row
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(1602)
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(name, 'candidates', len(cands), file=sys.stderr)
        for i in picked:
            res.append({'list': name, 'line': i + 1, 'text': lines[i]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
