#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7181) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, nested included), table body rows (header and
separator rows skipped), and lines starting with bold.  Fenced code and HTML comments are
skipped.  None of the three lists writes papers as headings.  A list item runs on over its lazy
continuation lines (non-blank lines that are not a new item, row, bold line or heading); a drawn
continuation line would map to its item's first line; a table row is its own entry.
Writes sample.jsonl (list, line, raw) and prints candidate counts.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
HEADING = re.compile(r'^#{1,6}\s')


def scan(lines):
    in_fence = in_comment = in_table = False
    cands, kind = [], {}
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not s:
            in_table = False
            continue
        if '|' in l and '-' in l and SEP.match(l):
            in_table = True
            continue
        nxt = lines[i] if i < len(lines) else ''
        if '|' in l and '|' in nxt and '-' in nxt and SEP.match(nxt):
            continue  # header row
        if s.startswith('|') or (in_table and '|' in l):
            cands.append(i); kind[i] = 'row'
            continue
        if ITEM.match(l):
            cands.append(i); kind[i] = 'item'
        elif BOLD.match(l):
            cands.append(i); kind[i] = 'bold'
    owner = {}
    for c in cands:
        owner[c] = c
        if kind[c] != 'item':
            continue
        k = c + 1
        while k <= len(lines):
            lk = lines[k - 1]
            if (not lk.strip() or HEADING.match(lk) or ITEM.match(lk) or BOLD.match(lk)
                    or lk.strip().startswith('|')):
                break
            owner[k] = c
            k += 1
    ends = {}
    for k, c in owner.items():
        ends[c] = max(ends.get(c, c), k)
    return cands, owner, ends


def main():
    rng = random.Random(7181)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands, owner, ends = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            start = owner[c]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(f, 'candidates', len(cands), 'drawn', len(held))
        for start in sorted(held):
            raw = '\n'.join(lines[start - 1:ends[start]])
            out.append({'list': f, 'line': start, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
