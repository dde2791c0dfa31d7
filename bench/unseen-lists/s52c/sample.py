#!/usr/bin/env python3
"""Sample 20 entries a list for s52c with ONE random.Random(5231) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (a heading holding a link,
as in "### 1. [Title](https://arxiv.org/pdf/...)"). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to; an entry's raw is its start line
plus its continuation lines (for a paper heading: everything up to the next heading, trailing
blank lines dropped; for a list item: following indented non-item lines).
Writes sample.json (list, line, raw) next to this script.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5231

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$')
HEAD_RE = re.compile(r'^\s{0,3}(#{1,6})\s+(.*)$')
LINK_RE = re.compile(r'\[[^\]]+\]\(https?://[^)]+\)')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = None
    incomment = False
    for ln in lines:
        s = ln.strip()
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        if incomment:
            out.append(True)
            if '-->' in ln:
                incomment = False
            continue
        m = re.match(r'^\s*(```|~~~)', ln)
        if m:
            fence = m.group(1)
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in ln:
                incomment = True
            continue
        out.append(False)
    return out


def analyse(lines):
    mask = masked(lines)
    n = len(lines)
    kind = [None] * n           # 'item', 'row', 'bold', 'phead'
    # tables: blocks of consecutive lines starting with '|' (or containing '|' right after a separator)
    i = 0
    while i < n:
        if not mask[i] and i + 1 < n and not mask[i + 1] and '|' in lines[i] and SEP_RE.match(lines[i + 1]):
            j = i + 2
            while j < n and not mask[j] and '|' in lines[j] and lines[j].strip():
                kind[j] = 'row'
                j += 1
            i = j
            continue
        i += 1
    for i, ln in enumerate(lines):
        if mask[i] or kind[i]:
            continue
        h = HEAD_RE.match(ln)
        if h:
            if LINK_RE.search(h.group(2)):
                kind[i] = 'phead'
            continue
        if LIST_RE.match(ln):
            kind[i] = 'item'
        elif re.match(r'^\s*\*\*', ln):
            kind[i] = 'bold'
    return mask, kind


def entry_of(lines, mask, kind, i):
    """Return (start, end_exclusive) of the entry holding line i."""
    n = len(lines)
    if kind[i] == 'bold':
        # a bold line under a paper heading (no other heading between) belongs to that heading
        j = i - 1
        while j >= 0 and not HEAD_RE.match(lines[j]):
            j -= 1
        if j >= 0 and kind[j] == 'phead':
            i = j
    if kind[i] == 'phead':
        j = i + 1
        while j < n and not HEAD_RE.match(lines[j]):
            j += 1
        while j > i + 1 and not lines[j - 1].strip():
            j -= 1
        return i, j
    if kind[i] == 'row':
        return i, i + 1
    if kind[i] == 'item':
        ind = len(lines[i]) - len(lines[i].lstrip())
        j = i + 1
        while j < n and lines[j].strip() and not mask[j] and not LIST_RE.match(lines[j]) \
                and not HEAD_RE.match(lines[j]) and (len(lines[j]) - len(lines[j].lstrip())) > ind:
            j += 1
        return i, j
    return i, i + 1


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out = []
    stats = {}
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        mask, kind = analyse(lines)
        cands = [i for i in range(len(lines)) if kind[i]]
        rng.shuffle(cands)
        held = []
        seen = set()
        for i in cands:
            s, e = entry_of(lines, mask, kind, i)
            if s in seen:
                continue
            seen.add(s)
            held.append((s, e))
            if len(held) >= N:
                break
        stats[f] = {'candidates': len(cands), 'drawn': len(held)}
        for s, e in held:
            out.append({'list': f, 'line': s + 1, 'raw': '\n'.join(lines[s:e])})
    json.dump(out, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == '__main__':
    main()
