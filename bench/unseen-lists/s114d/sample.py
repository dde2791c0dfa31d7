"""Sample 20 candidate entry lines per list with random.Random(11441).

Candidates: list items (bullets -,*,+ and numbered), table body rows, lines
starting with bold (**). No list here writes papers as headings, so headings
are not candidates. Fenced code blocks and HTML comments are skipped, as are
table header and separator rows, and the cut-off last line of a partial file
(a file that does not end with a newline).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(text):
    lines = text.split('\n')
    partial = not text.endswith('\n')
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        n = i + 1
        if partial and i == len(lines) - 1:
            break  # cut-off last line of a partial fetch
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
        if '<!--' in line and '-->' not in line.split('<!--', 1)[1]:
            in_comment = True
            # the part before the comment is HTML, not a candidate
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(n)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(n)
    return lines, out


def main():
    rng = random.Random(11441)
    rows = []
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
        lines, cands = candidates(text)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {k} sampled')
        for n in picked:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
