#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7081) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, nested included), table body rows (with or
without a leading pipe; header and separator rows skipped), and lines starting with bold.
Fenced code and HTML comments are skipped.  No list here writes papers as headings.
Each drawn line is mapped to the entry it belongs to: a list item runs on over its lazy
continuation lines (non-blank lines that are not a new item, row, bold line or heading);
a table row is its own entry.  Writes sample.jsonl (list, line, raw).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
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
        if SEP.match(l) and '|' in l:
            in_table = True
            continue
        nxt = lines[i] if i < len(lines) else ''
        if '|' in l and SEP.match(nxt) and '|' in nxt:
            continue  # header row
        if s.startswith('|') or (in_table and '|' in l):
            cands.append(i); kind[i] = 'row'
            continue
        if ITEM.match(l):
            cands.append(i); kind[i] = 'item'
        elif BOLD.match(l):
            cands.append(i); kind[i] = 'bold'
    entry = {}
    for c in cands:
        if kind[c] != 'item':
            entry[c] = (c, c)
            continue
        end = c
        k = c + 1
        while k <= len(lines):
            lk = lines[k - 1]
            if (not lk.strip() or HEADING.match(lk) or ITEM.match(lk) or BOLD.match(lk)
                    or lk.strip().startswith('|')):
                break
            end = k
            k += 1
        entry[c] = (c, end)
    return cands, entry


def main():
    rng = random.Random(7081)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands, entry = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            se = entry[c]
            if se not in held:
                held.append(se)
            if len(held) == 20:
                break
        print(f'{f}: {len(cands)} candidate lines, {len(set(entry.values()))} entries, drew {len(held)}')
        for s, e in held:
            out.append({'list': f, 'line': s, 'raw': '\n'.join(lines[s - 1:e])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
