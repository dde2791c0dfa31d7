"""Sample 20 candidate entry lines per list with random.Random(4006).

Candidates: list items (bullets -, *, + and numbered 1. / 1) at any indent),
table body rows (| ... | lines that are neither the header row nor the
--- separator row), and lines starting with bold (**).  Lines inside fenced
code blocks and HTML comments are skipped.  Paths are relative to this file.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(text):
    lines = text.splitlines()
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out, lines


def main():
    rng = random.Random(4006)
    rows = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            text = f.read()
        cand, lines = candidates(text)
        picked = sorted(rng.sample(cand, 20))
        print(f'{name}: {len(cand)} candidates', file=sys.stderr)
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
