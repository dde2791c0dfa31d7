"""Sample 20 candidate entries per list with random.Random(3804).

Candidate lines: list items (bullets -,*,+ or numbered, at any indent), table body
rows (rows after a header + separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.

One judgement call: a run of list items that directly follows (no blank line) a
bold-start line that is not itself a list item is that entry's detail block
(siyaqi/Awesome-Hallu-Eval writes `**NAME** - "Title" (year)` then five
`- **Data**: ...` bullets). Those detail bullets are continuation lines of the
bold entry, not separate candidates.

A fresh Random(3804) per list, lists in SOURCES.tsv order; the sampled line
numbers are printed sorted and written to sample.json.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out, fence, comment, in_table, in_detail = [], False, False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if SEP.match(line) and '|' in line:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if not s:
            in_detail = False
            continue
        if ITEM.match(line):
            if not in_detail:
                out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
            in_detail = True
            continue
        in_detail = False
    return out


def main():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    result = {}
    for repo, *_ in rows:
        name = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(random.Random(3804).sample(cand, 20))
        result[name] = pick
        print(name, len(cand), 'candidates')
        for n in pick:
            print(f'  {n}: {lines[n-1][:160]}')
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1)


if __name__ == '__main__':
    main()
