#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(11351), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered, any indent), table body rows (not the header row,
not the separator row), and unindented lines starting with bold (**...). Fenced code and HTML comments
are skipped. An entry's raw span = its first line plus following non-blank lines that are not themselves
a new list item, table row, heading or fence (lazy / indented continuation lines).
Writes sample.jsonl next to this script.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if '-->' in l:
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
        if ITEM.match(l):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(l):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
        elif l.startswith('**'):
            out.append(i)
    return out


def span(lines, i):
    j = i + 1
    while j < len(lines):
        l = lines[j]
        s = l.strip()
        if not s or ITEM.match(l) or s.startswith('|') or HEAD.match(l) or s.startswith('```'):
            break
        j += 1
    return lines[i:j]


def main():
    rng = random.Random(11351)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            text = open(os.path.join(HERE, f), encoding='utf-8').read()
            lines = text.split('\n')
            cands = candidates(lines)
            pick = cands if len(cands) <= 20 else rng.sample(cands, 20)
            for i in sorted(pick):
                fo.write(json.dumps({'list': f, 'line': i + 1, 'n_candidates': len(cands),
                                     'raw': '\n'.join(span(lines, i))}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
