"""Sample 20 candidate entry lines per list with random.Random(2705).

Candidate lines: Markdown list items (-, *, + bullets, also nested/indented ones,
and numbered `N.` items), table body rows (lines starting with `|` that are neither
the header row nor the |---| separator), and lines starting with bold (`**`).
Fenced code blocks and HTML comments are skipped. One Random(2705) is used for
the four lists in sorted file-name order.
"""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2705)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        name = os.path.basename(path)
        print(f'## {name}: {len(cands)} candidates')
        for n in pick:
            print(f'{name}\t{n}\t{lines[n-1]}')


if __name__ == '__main__':
    main()
