#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(5451), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows), and
lines starting with bold. None of these three lists writes papers as headings, so no heading is a
candidate. Fenced code and HTML comments are skipped. A drawn line is mapped to the start of the
entry it belongs to; every candidate here starts its own entry (continuation lines -- author lines,
link lines, indented author lines after a blank -- are never candidates), so the mapping is the
identity, but it is computed all the same. Writes sample.jsonl (list, line, raw) and prints counts.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__)\S')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def read_lines(path):
    text = open(path, encoding='utf-8', newline='').read()
    return [l.rstrip('\r') for l in text.split('\n')]


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], None, False
    for l in lines:
        s = l.strip()
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        if comment:
            out.append(True)
            if '-->' in l:
                comment = False
            continue
        m = re.match(r'^\s*(```|~~~)', l)
        if m:
            fence = m.group(1); out.append(True); continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s[4:]:
                comment = True
            continue
        out.append(False)
    return out


def kind(lines, i, mask):
    l = lines[i]
    if mask[i]:
        return None
    if l.lstrip().startswith('|'):
        if SEP_RE.match(l):
            return None
        if i + 1 < len(lines) and SEP_RE.match(lines[i + 1]) and lines[i + 1].strip():
            return None  # header row
        return 'table'
    if LIST_RE.match(l):
        return 'list'
    if BOLD_RE.match(l):
        return 'bold'
    return None


def entry_end(lines, i, mask, k):
    """Last line (index) of the entry starting at i."""
    if k == 'table':
        return i
    j, last = i + 1, i
    while j < len(lines):
        l = lines[j]
        if mask[j] or kind(lines, j, mask) or HEAD_RE.match(l) or l.lstrip().startswith('<'):
            break
        if l.strip():
            last = j; j += 1; continue
        # blank: the entry goes on only if the next non-blank line is an indented continuation
        n = j
        while n < len(lines) and not lines[n].strip():
            n += 1
        if k == 'list' and n < len(lines) and re.match(r'^(\t| {2,})\S', lines[n]) \
                and not kind(lines, n, mask) and not lines[n].lstrip().startswith('<'):
            j = n; continue
        break
    return last


def entry_start(lines, i, mask):
    """Walk back over continuation lines to the entry's first line."""
    j = i
    while j >= 0:
        k = kind(lines, j, mask)
        if k and entry_end(lines, j, mask, k) >= i:
            return j, k
        j -= 1
    return i, kind(lines, i, mask)


def main():
    rng = random.Random(5451)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = read_lines(path)
        mask = masked(lines)
        cands = [i for i in range(len(lines)) if kind(lines, i, mask)]
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s, k = entry_start(lines, i, mask)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in held:
            e = entry_end(lines, s, mask, kind(lines, s, mask))
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn')
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
