"""Sample 20 candidate entry lines per list with random.Random(2026120210).

Candidates: top-level list items (bullet -,*,+ or numbered "N." / "N)", indented at most one
space, so nested sub-bullets such as author/code lines under an entry are not separate
candidates), table body rows (a |-row that is neither a header row followed by a |---| separator
nor the separator itself), and lines starting with bold (**). Fenced code blocks and HTML
comments are skipped. Lists are processed in sorted file-name order with one shared RNG;
rng.sample(candidates, 20) per list, then sorted by line number.
Run: python3 sample.py  -> prints list, line, text for each sampled line (sample.txt).
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^ ?([-*+]|\d+[.)])\s+\S')

def candidates(lines):
    out = []
    fence = None
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(ln) or ln.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(2026120210)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20))
        name = os.path.basename(path)
        print(f'## {name}: {len(cand)} candidates')
        for n in pick:
            print(f'{name}\t{n}\t{lines[n-1]}')

if __name__ == '__main__':
    main()
