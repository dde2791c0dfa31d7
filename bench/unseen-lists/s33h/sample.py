"""Sample 20 candidate entry lines per list with random.Random(3308) (fresh seed per list).

Candidates: list items (bullets -,*,+ or numbered, any indentation), table body rows
(not header / separator rows), lines starting with bold (**). Fenced code blocks and
HTML comments (including multi-line ones) are skipped.
"""
import json, random, re, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(text):
    lines = text.split('\n')
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        # HTML comments
        work = line
        if in_comment:
            if '-->' in work:
                in_comment = False
                work = work.split('-->', 1)[1]
            else:
                continue
        while '<!--' in work:
            before, after = work.split('<!--', 1)
            if '-->' in after:
                work = before + after.split('-->', 1)[1]
            else:
                work = before
                in_comment = True
                break
        ws = work.strip()
        if not ws:
            prev_table = False
            continue
        if ws.startswith('|'):
            # table: header is the first row of a block, separator rows skipped
            if SEP.match(ws):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(work) or ws.startswith('**'):
            out.append(i)
    return out

def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        cand = candidates(text)
        rng = random.Random(3308)
        pick = sorted(rng.sample(cand, 20))
        res[name] = pick
        print(name, 'candidates', len(cand), 'sample', pick)
    json.dump(res, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
