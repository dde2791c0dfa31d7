#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(5671), lists in sorted file-name order.

Candidates: list items (bullets / numbered, also inside '>' blockquotes), table body rows
(not header or separator rows), lines starting with bold. No list here writes papers as
headings, so no heading is a candidate. Fenced code and HTML comments are skipped.
Each drawn line is mapped to the first line of the entry it belongs to (a continuation
line of a multi-line entry belongs to the entry's first line).
All three files are the first 32,000 characters of longer READMEs, so the last line is cut
off: an entry that contains the file's cut-off last line is not drawn (skipped, draw goes on).
Writes samples.json.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
N = 20

LIST_RE = re.compile(r'^\s*(?:>\s*)?(?:[-*+]|\d+[.)])(?:\s|$)')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')
BOLD_RE = re.compile(r'^\s*(\*\*|__)')


def classify(lines):
    """Return per-line kind: 'skip' (fence/comment), 'blank', 'heading', 'sep', 'thead',
    'row', 'item', 'bold', 'text'."""
    kinds = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            kinds.append('skip')
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if in_comment:
            kinds.append('skip')
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            kinds.append('skip')
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            kinds.append('skip')
            continue
        if not s:
            kinds.append('blank')
        elif HEAD_RE.match(l):
            kinds.append('heading')
        elif s.startswith('|') and SEP_RE.match(l):
            kinds.append('sep')
        elif s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            kinds.append('thead' if SEP_RE.match(nxt) and nxt.strip().startswith('|') else 'row')
        elif LIST_RE.match(l):
            kinds.append('item')
        elif BOLD_RE.match(l):
            kinds.append('bold')
        else:
            kinds.append('text')
    return kinds


def entry_bounds(kinds, i):
    """Map 0-based line i to (start, end) of its entry (end exclusive)."""
    k = kinds[i]
    if k == 'row':
        return i, i + 1
    start = i
    if k in ('bold', 'text'):
        # continuation of a preceding list item / bold entry when no blank line between
        j = i
        while j - 1 >= 0 and kinds[j - 1] in ('bold', 'text'):
            j -= 1
        if j - 1 >= 0 and kinds[j - 1] == 'item':
            start = j - 1
        else:
            start = j
    end = start + 1
    while end < len(kinds) and kinds[end] in ('bold', 'text'):
        end += 1
    return start, end


def main():
    rng = random.Random(5671)
    out = []
    stats = {}
    for f in FILES:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        kinds = classify(lines)
        cands = [i for i, k in enumerate(kinds) if k in ('item', 'row', 'bold')]
        order = cands[:]
        rng.shuffle(order)
        held = []
        seen = set()
        last = len(lines) - 1
        for i in order:
            s, e = entry_bounds(kinds, i)
            if s in seen:
                continue
            if e - 1 >= last:      # entry contains the cut-off last line
                seen.add(s)
                continue
            seen.add(s)
            held.append((s, e))
            if len(held) >= N:
                break
        stats[f] = {'candidates': len(cands), 'drawn': len(held)}
        for s, e in held:
            out.append({'list': f, 'line': s + 1, 'raw': '\n'.join(lines[s:e])})
    json.dump(out, open(os.path.join(HERE, 'samples.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    json.dump(stats, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()
