"""Sample 20 candidate entry lines per list with random.Random(4208).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(rows after a |---| separator, not the header), and lines whose stripped text
starts with bold (**). Fenced code blocks and HTML comments are skipped.
Each list gets its own random.Random(4208); lists are processed in sorted file
name order. Paths are relative to this file.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
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
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        rng = random.Random(4208)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        print(json.dumps({'list': f, 'candidates': len(cand), 'lines': picked}))


if __name__ == '__main__':
    main()
