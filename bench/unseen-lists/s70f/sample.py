#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(7061) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code and HTML comment blocks are skipped. A drawn line is mapped to the start of the
entry it belongs to; an entry runs from its start over the following non-blank lines that are
not themselves candidates, headings or HTML block tags.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
HTMLTAG = re.compile(r'^\s*</?(details|summary|div|p|br|img|table)\b', re.I)


def read_lines(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    return text.replace('\r\n', '\n').replace('\r', '\n').split('\n')


def classify(lines):
    """Return (skip flags, candidate flags) per line (0-based)."""
    n = len(lines)
    skip = [False] * n
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            in_fence = True
            continue
        if in_comment:
            skip[i] = True
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
    cand = [False] * n
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        s = l.strip()
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            if i + 1 < n and SEP.match(lines[i + 1].strip()):
                continue  # header row
            # body row: some separator above within the same table block
            j = i - 1
            ok = False
            while j >= 0 and lines[j].strip().startswith('|'):
                if SEP.match(lines[j].strip()):
                    ok = True
                    break
                j -= 1
            cand[i] = ok
        elif BULLET.match(l) or s.startswith('**') or s.startswith('__'):
            cand[i] = True
    return skip, cand


def entry_span(lines, skip, cand, i):
    j = i + 1
    while j < len(lines):
        s = lines[j].strip()
        if not s or cand[j] or skip[j] or HEAD.match(lines[j]) or HTMLTAG.match(s):
            break
        j += 1
    return i, j  # [i, j)


def entry_start(lines, skip, cand, i):
    # a candidate line is always its own entry start here; kept general for continuation lines
    k = i
    while k > 0 and not cand[k]:
        k -= 1
    return k


def main():
    rng = random.Random(7061)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = read_lines(path)
        skip, cand = classify(lines)
        cands = [i for i, c in enumerate(cand) if c]
        order = list(cands)
        rng.shuffle(order)
        held = []
        seen = set()
        for i in order:
            st = entry_start(lines, skip, cand, i)
            if st in seen:
                continue
            seen.add(st)
            held.append(st)
            if len(held) == 20:
                break
        stats[name] = len(cands)
        for st in held:
            a, b = entry_span(lines, skip, cand, st)
            out.append({'list': name, 'line': a + 1, 'raw': '\n'.join(lines[a:b])})
    for name, k in stats.items():
        print(f'{name}\t{k} candidates', file=sys.stderr)
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
