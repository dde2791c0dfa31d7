#!/usr/bin/env python3
"""Sample 20 candidate entries per list with random.Random(14141).

Candidates: list items (bullets -,*,+ and numbered), table body rows, lines
starting with bold (optionally after a leading emoji marker such as the
list's own reading-status emoji), skipping fenced code and HTML comments.
Run from this folder; writes sample.jsonl.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:[^\w\s\[\]()<>|*#`]{1,3}\s*)?\*\*\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
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
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(14141)
    rows = []
    for f in FILES:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, N)) if len(cands) > N else cands
        print(f, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
