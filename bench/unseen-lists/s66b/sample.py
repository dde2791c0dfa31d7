#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6621), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows; pipe-less tables count), lines starting with bold; fenced code
and HTML comments skipped. No list here writes papers as headings.
A drawn line is mapped to the first line of its entry (continuation lines of a
multi-line list item belong to the item's first line).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*(\*\*|__)')

def candidates(lines):
    cands, starts = [], {}
    in_code = in_comment = False
    in_table = False
    cur_item = None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code; cur_item = None; in_table = False; continue
        if in_code:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_table = False; cur_item = None; continue
        # table detection: header line followed by separator
        if SEP.match(ln):
            in_table = True; cur_item = None; continue
        if i + 1 < len(lines) and SEP.match(lines[i + 1]) and '|' in ln:
            cur_item = None; continue  # header row
        if in_table and '|' in ln:
            cands.append(i); starts[i] = i; continue
        in_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            cands.append(i); starts[i] = i; cur_item = i; continue
        if s.startswith('#') or s.startswith('<'):
            cur_item = None; continue
        if cur_item is not None:
            starts[i] = cur_item  # continuation line
    return cands, starts

def main():
    rng = random.Random(6621)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, starts = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = starts.get(i, i)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in held:
            out.append({'list': name, 'line': st + 1, 'raw': lines[st]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))

if __name__ == '__main__':
    main()
