#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7651) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and heading
lines that name a paper (a heading holding an arXiv link).  Fenced code and HTML comments are skipped.
A drawn line is mapped to the start of the entry it belongs to: an indented list item or an indented
continuation line belongs to the nearest preceding less-indented list item (no blank line between).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')


def indent(s):
    return len(s) - len(s.lstrip(' '))


def scan(lines):
    skip = [False] * len(lines)
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if comment or s.startswith('<!--'):
            skip[i] = True
            comment = '-->' not in s or (s.startswith('<!--') and s.endswith('<!--'))
            if s.startswith('<!--') and '-->' in s:
                comment = False
            continue
    return skip


def candidates(lines, skip):
    cands = []
    prev_table = False
    for i, l in enumerate(lines):
        if skip[i]:
            prev_table = False
            continue
        s = l.strip()
        is_table = s.startswith('|')
        if is_table:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            # header row: followed by a separator row; separator rows themselves are skipped
            if SEP_RE.match(s) and set(s) <= set('|:- '):
                pass
            elif nxt.startswith('|') and set(nxt) <= set('|:- ') and '-' in nxt:
                pass
            else:
                cands.append(i)
        elif LIST_RE.match(l) or s.startswith('**') or s.startswith('__'):
            cands.append(i)
        elif s.startswith('#') and re.search(r'arxiv\.org/(abs|pdf)/', s):
            cands.append(i)
        prev_table = is_table
    return cands


def entry_start(lines, i):
    """Walk up from line i to the first line of its entry."""
    j = i
    while True:
        l = lines[j]
        ind = indent(l)
        if ind == 0 or not l.strip():
            return j
        # look for the nearest preceding less-indented list item, without a blank line in between
        k = j - 1
        while k >= 0 and lines[k].strip() and not (LIST_RE.match(lines[k]) and indent(lines[k]) < ind):
            k -= 1
        if k < 0 or not lines[k].strip():
            return j
        j = k


def entry_end(lines, s):
    ind = indent(lines[s])
    e = s
    k = s + 1
    while k < len(lines) and lines[k].strip() and indent(lines[k]) > ind:
        e = k
        k += 1
    return e


def main():
    rng = random.Random(7651)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        lines = [l.rstrip('\r') for l in lines]
        skip = scan(lines)
        cands = candidates(lines, skip)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in sorted(held):
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
