#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(8211), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold; fenced code and HTML comments are skipped. (No list here writes
papers as headings, so no heading lines are candidates.)  A drawn line is mapped to the start
of the entry it belongs to; the entry's raw text is its start line plus the indented
continuation lines that follow it (with the blank lines between them).
Writes sample.jsonl (list, line, raw, candidates) in draw order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            out.append(True)
            fence = not fence
            continue
        if fence:
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s:
                comment = True
            continue
        out.append(False)
    return out


def candidates(lines, mask):
    cands = []
    for i, ln in enumerate(lines):
        if mask[i] or not ln.strip():
            continue
        s = ln.lstrip()
        if ITEM.match(ln) or s.startswith('**'):
            cands.append(i)
        elif s.startswith('|'):
            if SEP.match(ln):
                continue
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue  # header row
            cands.append(i)
    return cands


def entry_start(i, lines, cset):
    # every candidate here is the first line of its own entry; continuation lines are
    # indented non-item lines, which are never candidates
    return i


def entry_raw(start, lines, cset, mask):
    end = start
    j = start + 1
    while j < len(lines):
        ln = lines[j]
        if mask[j] or j in cset:
            break
        if not ln.strip():
            j += 1
            continue
        if ln[0] in ' \t' and not ln.lstrip().startswith('|'):
            end = j
            j += 1
            continue
        break
    return '\n'.join(lines[start:end + 1])


def main():
    rng = random.Random(8211)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        mask = masked(lines)
        cands = candidates(lines, mask)
        cset = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(i, lines, cset)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in held:
            out.append({'list': name, 'line': s + 1, 'raw': entry_raw(s, lines, cset, mask),
                        'candidates': len(cands)})
        print(name, 'candidates', len(cands), 'drawn', len(held))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
