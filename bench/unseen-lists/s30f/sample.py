"""Sample 20 candidate entry lines per list with random.Random(3061).

Candidates: list items (bullets -, *, + and numbered "N." / "N)"), table body
rows (rows after a |---| separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
Usage: python3 sample.py  (run from this folder) -> writes sample.json
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(text):
    lines = text.split('\n')
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
                in_table = True
                continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3061)
    result = {}
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        cands = candidates(text)
        picked = sorted(rng.sample(cands, 20))
        lines = text.split('\n')
        result[name] = {'n_candidates': len(cands),
                        'sample': [{'line': n, 'text': lines[n - 1]} for n in picked]}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
