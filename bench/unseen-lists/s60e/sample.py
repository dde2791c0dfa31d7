"""Sample 20 entries a list for hand labelling (s60e).

One random.Random(6051) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold; fenced code and HTML comments are
skipped.  (No list here writes papers as headings, so no heading is a candidate.)
Each drawn line is mapped to the first line of the entry it belongs to, and the
entry's raw text runs from there to the line before the next blank line, list
item, table row or heading.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
FENCE_RE = re.compile(r'^\s*(```|~~~)')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = False
    comment = False
    for ln in lines:
        if fence:
            out.append(True)
            if FENCE_RE.match(ln):
                fence = False
            continue
        if comment:
            out.append(True)
            if '-->' in ln:
                comment = False
            continue
        if FENCE_RE.match(ln):
            out.append(True)
            fence = True
            continue
        s = ln.strip()
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s:
                comment = True
            continue
        out.append(False)
    return out


def kind(lines, i):
    ln = lines[i]
    s = ln.strip()
    if not s:
        return None
    if s.startswith('|'):
        if SEP_RE.match(s):
            return None
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if nxt.startswith('|') and SEP_RE.match(nxt):
            return None  # header row
        return 'row'
    if LIST_RE.match(ln):
        return 'item'
    if s.startswith('**'):
        return 'bold'
    return None


def entry_start(lines, mask, i):
    """A bold line that continues a list item (no blank line between) belongs to it."""
    if kind(lines, i) == 'bold' and not LIST_RE.match(lines[i]):
        j = i - 1
        while j >= 0 and lines[j].strip() and not mask[j] and not HEAD_RE.match(lines[j]):
            if kind(lines, j) == 'item':
                return j
            if kind(lines, j) == 'row':
                break
            j -= 1
    return i


def entry_raw(lines, mask, start):
    out = [lines[start]]
    if kind(lines, start) == 'row':
        return lines[start]
    j = start + 1
    while j < len(lines):
        ln = lines[j]
        if not ln.strip() or mask[j] or HEAD_RE.match(ln) or kind(lines, j) in ('item', 'row'):
            break
        out.append(ln)
        j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(6051)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for name in files:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        mask = masked(lines)
        cands = [i for i in range(len(lines)) if not mask[i] and kind(lines, i)]
        rng.shuffle(cands)
        held = []
        for i in cands:
            s = entry_start(lines, mask, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}: {len(lines)} lines, {len(text)} characters, {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            result.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, mask, s)})
    os.makedirs('/tmp/s60e-work', exist_ok=True)
    with open('/tmp/s60e-work/sample.json', 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
