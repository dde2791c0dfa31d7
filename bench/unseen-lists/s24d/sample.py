"""Sample 20 candidate entry lines a list with random.Random(2404) (a fresh generator per list).

Candidates: list items (bullets -,*,+ or numbered), table body rows (not the header row or the
|---| rule), and lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
Usage: python3 sample.py  -> prints list, line, text for each sampled line (1-based line numbers).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
RULE = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
        elif s.startswith('|'):
            if RULE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if RULE.match(nxt):  # header row
                continue
            out.append(i + 1)
    return out, lines

def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        cands, lines = candidates(path)
        rng = random.Random(2404)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        name = os.path.basename(path)
        res[name] = picked
        print(f'## {name}: {len(cands)} candidates, sampled {len(picked)}')
        for n in picked:
            print(n, lines[n - 1][:160])
    json.dump(res, open(os.path.join('/tmp/s24d-work', 'sample.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
