"""Sample 20 candidate entry lines per list with random.Random(3031).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(rows after a |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment, in_table = [], None, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^\s*(```+|~~~+)', line)
        if m:
            fence = m.group(1)[:3]
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(3031)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        cands = candidates(path)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {'candidates': len(cands), 'sample': pick}
        print(name, len(cands), pick)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
