#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(14212).

Candidates: top-level list items (bullet -,*,+ or numbered, indented < 2 spaces; deeper
bullets are detail lines of their parent entry), table body rows (not the header row
nor the |---| separator), and lines starting with bold (**). Fenced code blocks and
HTML comments are skipped. A fresh Random(14212) is used for each list, lists in
sorted file-name order.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^ ?([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in ln: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if ln.startswith('|'):
            if SEP.match(ln): continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt): continue          # header row
            out.append(i + 1); continue
        if BULLET.match(ln) or ln.startswith('**'):
            out.append(i + 1)
    return out

def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        rng = random.Random(14212)
        pick = sorted(rng.sample(c, min(20, len(c))))
        name = os.path.basename(path)
        res[name] = pick
        print(f'== {name}: {len(c)} candidates, sampled {pick}')
        for n in pick:
            print(f'{n}: {lines[n-1]}')
    json.dump(res, open(os.path.join('/tmp/s13l-work', 'sample.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
