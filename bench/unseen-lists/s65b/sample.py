#!/usr/bin/env python3
"""Sample up to 20 entries a list with ONE random.Random(6521), lists in sorted file-name order.

Candidates: list items (bullets, numbered; any indent), Markdown table body rows (not header or
separator rows), lines starting with bold, and heading lines that are paper titles (none of the three
lists writes papers as headings, so headings are never candidates). Fenced code and HTML comments are
skipped.

Every list item starts an entry of its own, nested or not (the nested items in wj-Mcat are papers under
a year bullet, not notes of the year bullet). A plain non-blank line right after an entry line (no blank
line between, not an item, heading or table row) is a continuation: the author line or the wrapped
title of a citation belongs to the entry above it.
Output: sample.json (list, line, raw) in this folder and a printout.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def entries(lines):
    cand, spans = {}, {}
    in_fence = in_comment = False
    cur = None
    for i, ln in enumerate(lines):
        no = i + 1
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; cur = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if not s or s.startswith('#'):
            cur = None; continue
        if s.startswith('|'):
            cur = None
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            prev = lines[i - 1].strip() if i else ''
            if SEP.match(ln) or SEP.match(nxt):
                continue
            if prev.startswith('|'):
                cand[no] = no; spans[no] = [no]
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            cur = no; cand[no] = no; spans[no] = [no]; continue
        if cur is not None:
            spans[cur].append(no)   # continuation line: part of its entry, not a candidate itself
        # other plain lines (intro text, quotes) are not candidates
    return cand, spans


def main():
    rng = random.Random(6521)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand, spans = entries(lines)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            st = cand[k]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(keys)} candidate lines, {len(spans)} entries, {len(held)} drawn')
        for st in sorted(held):
            raw = '\n'.join(lines[j - 1] for j in spans[st])
            out.append({'list': name, 'line': st, 'raw': raw})
            print(f'  {st}: {raw[:110]}')
    json.dump(out, open(os.path.join(HERE, 'sample.json'), 'w'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
