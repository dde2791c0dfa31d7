#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(8571) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table body
rows, lines starting with bold. Fenced code and HTML comments are skipped. None of these
lists writes papers as headings, so headings are not candidates. Writes sample.jsonl."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8571)
N = 20

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table_sep = False  # inside a table body
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            if re.fullmatch(r'\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?', s):
                prev_table_sep = True
                continue
            if prev_table_sep:
                out.append(i)
            continue
        prev_table_sep = False
        if re.match(r'\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(cands) if len(cands) <= N else sorted(rng.sample(cands, N))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
