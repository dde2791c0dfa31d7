"""Sample 20 candidate entry lines per list with random.Random(1507).

Candidates: list items (bullets -,*,+ and numbered 1. / 1)), table body rows
(header row and separator row excluded), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.
A fresh random.Random(1507) is used for each list, in SOURCES.tsv order.
"""
import random, re, sys, os, json

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1507
N = 20

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    sep = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
    for i, line in enumerate(lines):
        s = line.strip()
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
        if not s:
            continue
        if re.match(r'^([*_-])(\s*\1){2,}\s*$', s):
            continue  # thematic break (***, ---), not an entry
        if s.startswith('|'):
            if sep.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if sep.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif re.match(r'^([-*+]|\d+[.)])\s+\S', s):
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    res = {}
    for row in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8'):
        if row.startswith('#') or not row.strip():
            continue
        repo = row.split('\t')[0]
        fn = repo.replace('/', '__') + '.README.md'
        text = open(os.path.join(HERE, fn), encoding='utf-8', newline='').read()
        lines = text.splitlines()
        cands = candidates(lines)
        rng = random.Random(SEED)
        pick = sorted(rng.sample(cands, N))
        res[fn] = pick
        print(f'{fn}: {len(lines)} lines, {len(text)} chars, {len(cands)} candidates')
        for ln in pick:
            print(f'  {ln}: {lines[ln-1]}')
    json.dump(res, open('/tmp/s15g-work/sample.json', 'w'), indent=1)

if __name__ == '__main__':
    main()
