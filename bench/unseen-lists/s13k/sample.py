"""Sample 20 candidate entry lines per list with random.Random(14111) (a fresh RNG per list,
lists in SOURCES.tsv order). Candidates: list items (bullets -, *, + and numbered 1. / 1)),
table body rows (not the header row, not the |---| separator) and lines starting with bold.
Fenced code blocks and HTML comments are skipped."""
import json, random, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = [l.split('\t') for l in (HERE / 'SOURCES.tsv').read_text().splitlines() if l and not l.startswith('#')]

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]
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
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    for repo, path, commit in LISTS:
        name = repo.replace('/', '__') + '.README.md'
        lines = (HERE / name).read_text(encoding='utf-8').split('\n')
        cand = candidates(lines)
        rng = random.Random(14111)
        picked = sorted(rng.sample(cand, 20))
        print(f'# {name}: {len(cand)} candidates', file=sys.stderr)
        for n in picked:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False))

if __name__ == '__main__':
    main()
