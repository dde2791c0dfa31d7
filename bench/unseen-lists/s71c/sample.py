#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7131), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not the header row
or the separator row), lines starting with bold, paper-title headings (none in these
three lists), and -- because marlin-codes writes every paper as a paragraph
`[Title](url), Venue \\` + authors line -- paragraph lines that start with a link `[`.
Fenced code and HTML comments are skipped. Each drawn line is mapped to the first line
of the entry it belongs to (a `\\`-continued or lazy continuation line belongs to the
line above it); the walk stops when 20 distinct entries are held.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands = []
    in_code = in_comment = False
    prev_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
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
            # table: header row is the row followed by a separator row
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(s) or SEP.match(nxt.strip()):
                prev_table = True
                continue
            cands.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**') or line.startswith('['):
            cands.append(i)
    return cands


def entry_start(lines, i):
    # a line belongs to the entry above it if the previous line ends with a hard
    # break backslash (or two spaces) and is not blank; candidates here are starts
    while i > 0 and lines[i - 1].strip() and lines[i - 1].rstrip('\n').endswith('\\') \
            and not BULLET.match(lines[i]) and not lines[i].startswith('['):
        i -= 1
    return i


def main():
    rng = random.Random(7131)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for st in held:
            out.append({'list': name, 'line': st + 1})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
