"""Sample 20 candidate entry lines per list with random.Random(2205): a fresh RNG per list,
lists taken in sorted file-name order. Candidates are list items (bullets -,*,+ and numbered
1. / 1)), table body rows (rows after a |---| separator line), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped. Prints JSON {list: {candidates, lines}}."""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob('*.README.md'))
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

def candidates(text):
    out, fence, comment, table = [], False, False, False
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                table = True
            elif table:
                out.append(n)
            continue
        table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(n)
    return out

def main():
    res = {}
    for name in LISTS:
        cand = candidates((HERE / name).read_text(encoding='utf-8'))
        rng = random.Random(2205)
        res[name] = {'candidates': len(cand), 'lines': sorted(rng.sample(cand, 20))}
    json.dump(res, sys.stdout, indent=1)

if __name__ == '__main__':
    main()
