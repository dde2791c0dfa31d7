"""Sample 20 candidate entry lines per list with random.Random(13991).

Candidates: list items (bullets, numbered), table body rows (rows after a
header + separator), lines starting with bold; fenced code and HTML comments
are skipped. No list here writes papers as headings, so headings are not
candidates. Lists are taken in sorted file-name order with one generator.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table_state = None  # None, 'header', 'body'
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table_state = None
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
        if TABLE.match(line):
            if SEP.match(line) and prev_table_state == 'header':
                prev_table_state = 'body'
                continue
            if prev_table_state == 'body':
                out.append(i)
            else:
                prev_table_state = 'header'
            continue
        prev_table_state = None
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(13991)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
                lines = fh.read().split('\n')
            cand = candidates(lines)
            picked = sorted(cand) if len(cand) <= N else sorted(rng.sample(cand, N))
            print(f, 'candidates', len(cand), 'picked', len(picked))
            for ln in picked:
                fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]},
                                    ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
