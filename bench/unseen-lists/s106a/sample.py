#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(10611).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
(no list here writes papers as headings). Fenced code and HTML comments are skipped.
Lists are visited in sorted file-name order with one generator. Writes sample.jsonl.
"""
import json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*[-*+]\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$')
FENCE = re.compile(r'^\s*(```|~~~)')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        if in_fence:
            if FENCE.match(line):
                in_fence = False
            continue
        if FENCE.match(line):
            in_fence = True
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if line.lstrip().startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        s = line.strip()
        if s.startswith('|'):
            if SEP.match(line):
                in_table = True
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(10611)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        pick = cands if len(cands) <= 20 else rng.sample(cands, 20)
        print(name, 'candidates:', len(cands))
        for ln in sorted(pick):
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
