"""Sample 20 candidate entry lines per list with random.Random(14010).

Candidates: list items (bullets, numbered), table body rows, and lines
starting with bold; fenced code blocks and HTML comments are skipped.
One RNG, files visited in sorted order.  Prints JSON {file: [lines]}.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, N = 14010, 20
ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment, in_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s): in_table = True; continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(nxt): continue          # header row
            if in_table: out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

if __name__ == '__main__':
    rng = random.Random(SEED)
    res = {}
    for p in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(p, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        res[os.path.basename(p)] = {'candidates': len(c), 'lines': sorted(rng.sample(c, min(N, len(c))))}
    print(json.dumps(res, indent=1))
