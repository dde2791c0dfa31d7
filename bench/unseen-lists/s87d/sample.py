"""Sample 20 candidate entry lines a list with random.Random(8741).

Candidates: list items (bullets, numbered `1.`, and bracket-numbered `[1] ...`
citation paragraphs, any indentation), markdown table body rows (not the header
or the |---| separator), lines starting with bold, and headings when the list
writes papers as headings (none of these three lists does).
An indented list item WITHOUT a link of its own (`](`) is a detail line of its
parent item (authors / venue / dataset description sub-bullets, as in
songjiang0909's list) and is folded into that parent, not sampled on its own.
Fenced code blocks and HTML comments are skipped.
One generator for all lists, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

LIST_RE = re.compile(r'^(\s*)(?:[-*+]|\d+[.)]|\[\d+\])\s+\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD_RE = re.compile(r'^\s{0,3}\*\*\S')


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
        m = LIST_RE.match(line)
        if m:
            if m.group(1) and '](' not in line:
                continue  # detail sub-bullet of the parent entry
            out.append(i)
            continue
        if BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8741)
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
