"""Sample 20 candidate entry lines per list with random.Random(4204).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. Fenced code blocks and HTML comments are skipped.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4204

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_body = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_body = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # table: rows after the separator line are body rows
            if SEP_RE.match(s):
                in_body = True
            elif in_body:
                out.append(i)
            continue
        in_body = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    result = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.README.md'):
            continue
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        result[name] = {'candidates': len(cands), 'lines': picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1)


if __name__ == '__main__':
    main()
