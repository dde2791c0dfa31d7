"""Sample 20 candidate entries a list with random.Random(8351) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold;
in the hemilkaklotar list, which writes each paper as a `##` heading followed by a blockquote and
`- Paper:/- Code:/- Stars:/- Published:` detail bullets, the candidates are the `##` headings and the
detail bullets are part of the heading's entry (not separate candidates).
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEADING_LISTS = {'hemilkaklotar__fetch-latest-human-pose-papers.README.md'}


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if name in HEADING_LISTS:
            if re.match(r'^##\s', line):
                out.append(i)
            continue
        if LIST_RE.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


def entry_raw(name, lines, i):
    if name in HEADING_LISTS:
        j = i
        while j + 1 < len(lines) and not lines[j].startswith('- Published:'):
            if j > i and lines[j + 1].startswith('## '):
                break
            j += 1
        return '\n'.join(lines[i:j + 1])
    return lines[i]


def main():
    rng = random.Random(8351)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand))
        for i in pick:
            rows.append({'list': name, 'line': i + 1, 'raw': entry_raw(name, lines, i)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
