#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(3306) (a fresh generator per list,
lists taken in sorted file-name order).

Candidate lines: list items (-, *, + bullets and numbered items, at any indentation), table body rows
(lines starting with '|' that are neither a header row nor a |---| separator row), and lines whose
first non-blank characters are bold ('**'; one list indents its bold title lines by one space).
Fenced code blocks and HTML comments are skipped.
Writes sample.json: [{list, line, text}] sorted by list then line.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
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
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    sample = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3306)
        picked = sorted(rng.sample(cands, 20))
        print(f, 'lines:', len(lines), 'candidates:', len(cands), file=sys.stderr)
        for n in picked:
            sample.append({'list': f, 'line': n, 'text': lines[n - 1]})
    json.dump(sample, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
