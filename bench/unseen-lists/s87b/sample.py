"""Sample 20 candidate entry lines a list with random.Random(8721).

Candidates: list items (bullets `-*+`, numbered `1.`/`1)`, any indentation),
markdown table body rows (not the header row or the |---| separator), and lines
starting with bold (an optional leading emoji/symbol is allowed).  None of these
three lists writes papers as headings, so headings are not candidates.
Fenced code blocks and HTML comments are skipped.
One generator for all lists, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD_RE = re.compile(r'^\s{0,3}(?:[^\w\s\[\]*#|<>`]{1,3}\s*)?\*\*\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if TABLE_RE.match(line):
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(line) or SEP_RE.match(nxt):
                continue
            out.append(i)
            continue
        if line.startswith('#'):
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8721)
    rows = []
    for f in FILES:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'picked', k)
        for ln in picked:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
