#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(8071) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+|^\s*\d+、')   # bullets, numbered (incl. Chinese "1、")
BOLD_RE = re.compile(r'^\s*(?:\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def strip_quote(s):
    # content of a blockquote line is read as Markdown of its own
    return re.sub(r'^\s*(?:>\s?)+', '', s)

def candidates(lines):
    out, fence, comment = [], None, False
    for i, raw in enumerate(lines):
        s = raw.rstrip('\n')
        t = s.strip()
        if fence:
            if t.startswith(fence):
                fence = None
            continue
        m = re.match(r'^(```|~~~)', t)
        if m:
            fence = m.group(1)
            continue
        if comment:
            if '-->' in t:
                comment = False
            continue
        if t.startswith('<!--'):
            if '-->' not in t:
                comment = True
            continue
        c = strip_quote(s)
        ct = c.strip()
        if not ct:
            continue
        if ct.startswith('|'):
            if SEP_RE.match(ct):
                continue
            nxt = strip_quote(lines[i + 1]).strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP_RE.match(nxt):
                continue            # header row
            out.append(i)
            continue
        if LIST_RE.match(c) or BOLD_RE.match(c):
            out.append(i)
    return out

def entry_start(lines, i, cands):
    # a candidate line is an entry's first line; no entry in these three files
    # continues onto a later candidate line, so each candidate maps to itself.
    return i

def main():
    rng = random.Random(8071)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    res = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i, cands)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        name = os.path.basename(f)
        print(f'{name}\tcandidates={len(cands)}\tdrawn={len(held)}', file=sys.stderr)
        for s in sorted(held):
            res.append({'list': name, 'line': s + 1, 'raw': lines[s]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
