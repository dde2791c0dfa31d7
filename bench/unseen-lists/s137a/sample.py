"""Sample up to 20 candidate entries a list with random.Random(13151).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings for lists that write papers as headings (none here).  Fenced code and HTML
comments are skipped.  Lists are taken in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = set()  # no list here writes papers as headings

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*\S')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
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
        if TABLE.match(line):
            if SEP.match(line):
                continue
            # header row: the next line is a separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            out.append(i + 1)
        elif BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
        elif HEADING.match(line) and os.path.basename(path) in PAPERS_AS_HEADINGS:
            out.append(i + 1)
    return lines, out


def main():
    rng = random.Random(13151)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines, cands = candidates(path)
        picked = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
