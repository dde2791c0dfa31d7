"""Sample 20 candidate entry lines per list with random.Random(2101) (a fresh RNG per list,
lists in sorted file-name order). Candidates: list items (bullets -,*,+ and numbered),
table body rows (rows after a |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped."""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob('*.README.md'))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(text):
    lines = text.splitlines()
    out, in_fence, in_comment, in_table = [], False, False, False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
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
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', raw) or s.startswith('**'):
            out.append(i)
    return out

def main():
    res = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding='utf-8')
        cand = candidates(text)
        rng = random.Random(2101)
        pick = sorted(rng.sample(cand, 20))
        res[name] = {'candidates': len(cand), 'lines': pick}
    json.dump(res, sys.stdout, indent=1)

if __name__ == '__main__':
    main()
