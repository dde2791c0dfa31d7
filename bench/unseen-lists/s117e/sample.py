"""Sample 20 candidate entry lines per list with random.Random(11751).

Candidates: list items (bullet or numbered, marker at indent 0-1, non-empty text),
table body rows (a '|' row that is neither the header row before a separator nor
the separator), and lines starting with bold. Nested list items (indent >= 2) are
treated as continuation detail of the item above them (code links, notes) and are
not candidates; blockquote lines are not candidates. Fenced code blocks and HTML
comments are skipped. None of the three lists writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^ ?(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
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
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i + 1)
            continue
        if line.startswith('**'):
            out.append(i + 1)
            continue
        if LIST_RE.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11751)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = cands if len(cands) <= 20 else rng.sample(cands, 20)
        print(name, 'candidates', len(cands))
        for ln in sorted(pick):
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
