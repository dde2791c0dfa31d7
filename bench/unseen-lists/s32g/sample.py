"""Sample 20 candidate entries a list with random.Random(3207).

Candidates: list items (bullets -,*,+ and numbered, at any indent), table body
rows (a |-row that is neither a header row nor a separator row), and lines
starting with bold (**). Lines inside fenced code blocks and HTML comments are
skipped. A fresh Random(3207) is used for each list, lists in SOURCES.tsv order.
"""
import json, random, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):   # header row
                continue
            out.append(i + 1)
    return out

def main():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'SOURCES.tsv'))
            if l.strip() and not l.startswith('#')]
    sample = []
    for repo, path, commit in rows:
        name = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3207)
        picked = sorted(rng.sample(cands, 20))
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for n in picked:
            sample.append({'list': name, 'line': n, 'text': lines[n - 1]})
    json.dump(sample, open(os.path.join(HERE, 'sample.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()
