#!/usr/bin/env python3
"""Sample up to 20 entries a list with ONE random.Random(6171), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator), lines starting
with bold, and paper-title headings (none of the three lists writes papers as headings).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of its entry:
a continuation line (indented non-item text under an item) belongs to the item above it; every
list item, table row or bold line starts its own entry.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')


def candidates(lines):
    out = {}          # line number (1-based) -> entry start line
    in_fence = in_comment = False
    cur = None        # start of the current entry (for continuation lines)
    prev_table = False
    for i, ln in enumerate(lines, 1):
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
        if not s:
            prev_table = False
            continue
        if s.startswith('#'):
            cur = None; prev_table = False; continue
        if s.startswith('|') or (prev_table and '|' in s):
            if SEP.match(s):
                prev_table = True; continue
            if not prev_table:      # header row: the next line is the separator
                prev_table = True; continue
            out[i] = i; cur = i; continue
        prev_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            out[i] = i; cur = i; continue
        if cur is not None and ln[:1] in (' ', '\t'):
            out[i] = cur        # continuation line of the entry above
    return out


def main():
    rng = random.Random(6171)
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        drawn_lines = sorted(cand)
        rng.shuffle(drawn_lines)
        held = []
        for ln in drawn_lines:
            st = cand[ln]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        starts = sorted(set(cand.values()))
        print(f'{os.path.basename(path)}: {len(drawn_lines)} candidate lines, {len(starts)} entries, drew {len(held)}')
        for st in sorted(held):
            res.append({'list': os.path.basename(path), 'line': st, 'text': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in res:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
