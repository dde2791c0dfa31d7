"""Sample 20 candidate entry lines per list with random.Random(13471).

Candidates: list items (bullets, numbered), table body rows (rows after a
header + delimiter row), lines starting with bold. Fenced code and HTML
comments are skipped. No list here writes papers as headings.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s{0,12}([-*+]|\d+[.)])(\s|$)')
DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


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
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if in_table == 'header':
            in_table = True  # this line is the delimiter row: not an entry
            continue
        if in_table:
            if s and '|' in s:
                out.append(i + 1)
                continue
            in_table = False
        if '|' in s and i + 1 < len(lines) and DELIM.match(lines[i + 1]) and '-' in lines[i + 1]:
            in_table = 'header'  # header row: not an entry
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13471)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, len(cand), 'candidates')
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
