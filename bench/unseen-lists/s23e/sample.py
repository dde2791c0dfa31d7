"""Sample 20 candidate entry lines per list with random.Random(2305) (re-seeded per list).

Candidates: list items (-, *, + bullets and numbered items), table body rows (rows after a
table's header and separator row), and lines starting with bold (**). Lines inside fenced code
blocks and HTML comments are skipped. Output: JSON lines {list, line, text} sorted by list, line.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

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
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2305)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
