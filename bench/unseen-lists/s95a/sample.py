"""Sample 20 candidate entries a list with random.Random(9511), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not the header row or the
| --- | separator), lines starting with bold. Fenced code and HTML comments are skipped.
Judgement: in the bold-title shape (a `**Title**` line followed by `- Paper:` / `- Code:` /
`- Tags:` sub-bullets) the sub-bullets belong to the entry that starts at the bold line, so they
are not candidates of their own; a list item that does not follow a bold title (table-of-contents
lines, `- **Report**:` lines) is a candidate.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    prev_table = False
    in_bold_entry = False
    for i, line in enumerate(lines, 1):
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
            # header row = a table row not preceded by a table row; separator rows skipped
            if prev_table and not SEP.match(s):
                out.append(i)
            prev_table = True
            in_bold_entry = False
            continue
        prev_table = False
        if s.startswith('**'):
            out.append(i)
            in_bold_entry = True
            continue
        if BULLET.match(line):
            if in_bold_entry:
                continue  # sub-bullet of a bold-title entry
            out.append(i)
            continue
        in_bold_entry = False  # blank or other line ends the bold-title entry
    return out


def main():
    rng = random.Random(9511)
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
