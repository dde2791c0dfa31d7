"""Sample 20 candidate entry lines per list with random.Random(10031).

Candidates: list items (bullets, numbered), table body rows (not the header
row, not the |---| separator), lines starting with bold. Headings are not
candidates: none of the three lists writes papers as headings in a way that
is the entry itself (semseg's paper headings are followed by a details table
row holding venue/authors/title/code; that row is taken as the entry).
Fenced code and HTML comments are skipped.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
LIST = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')

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
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif LIST.match(line):
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(10031)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for name in files:
            with open(os.path.join(HERE, name), encoding='utf-8') as fh:
                lines = fh.read().split('\n')
            c = candidates(lines)
            picked = sorted(c) if len(c) <= 20 else sorted(rng.sample(c, 20))
            print(name, 'candidates', len(c), 'picked', len(picked))
            for ln in picked:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
