#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(10871).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold
(** / __ / <b>); no list here writes papers as headings. Fenced code and HTML comments are skipped.
One generator, lists in sorted file-name order. Writes sample.jsonl.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__|<b>)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
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
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(10871)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for f in files:
            with open(os.path.join(HERE, f), encoding='utf-8') as r:
                lines = r.read().split('\n')
            cand = candidates(lines)
            picked = sorted(rng.sample(cand, min(20, len(cand))))
            print(f, 'candidates', len(cand), 'picked', len(picked))
            for ln in picked:
                fh.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
