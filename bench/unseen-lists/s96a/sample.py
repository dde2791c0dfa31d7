"""Sample 20 candidate entry lines a list with random.Random(9611), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the header row, not the
separator row), lines starting with bold. Headings are not candidates (no list here writes papers
as headings). Fenced code blocks and HTML comments are skipped. Writes sample.jsonl.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')


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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9611)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(c) if len(c) <= 20 else sorted(rng.sample(c, 20))
        print(f, 'candidates', len(c), 'sampled', len(pick))
        for n in pick:
            rows.append({'list': f, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
