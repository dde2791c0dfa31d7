"""Sample 20 candidate entry lines a list with random.Random(11451).

Candidate lines: list items (bullets, numbered) with some content after the marker,
table body rows (a |-row after the delimiter row, not the delimiter itself), and
lines starting with bold. No list here writes papers as headings, so headings are
not candidates. Lines inside fenced code blocks and HTML comments are skipped.
Lists are taken in sorted file-name order, one generator for all.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
TROW = re.compile(r'^\s*\|')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if TROW.match(line) and DELIM.match(line) and '-' in line:
            in_table = True
            continue
        if in_table and TROW.match(line):
            out.append(i + 1)
            continue
        if in_table and not TROW.match(line):
            in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11451)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
