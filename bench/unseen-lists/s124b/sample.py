"""Sample 20 candidate entry lines a list (all if fewer) with random.Random(12401).

Candidate lines: list items (-, *, + bullets; 1. / 1) numbers), table body rows (a row starting
with '|' that is neither a header row, i.e. the row just above a |---| separator, nor a separator),
lines starting with bold (** or __; a line that is only the closing '**<br>' of a bold title broken
over two lines is not an entry start), and headings when the list writes papers as headings (none
of these three lists does). Fenced code blocks and HTML comments (one-line or multi-line) are skipped.
One generator for all lists, lists in sorted file-name order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)(?!<br>)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12401)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        pick = cands if len(cands) <= N else sorted(rng.sample(cands, N))
        print(f'{name}: {len(cands)} candidates, {len(pick)} sampled')
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
