#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7051) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold. Fenced code and HTML comments are skipped. A continuation line
(indented line or nested item right under an entry, no blank line between) maps to the
entry's first line. Writes sample.jsonl (list, line, raw, candidates_in_list).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
HEADING = re.compile(r'^#{1,6}\s')


def scan(lines):
    in_fence = in_comment = False
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
        if TABLE.match(l):
            if SEP.match(l):
                continue
            if i < len(lines) and SEP.match(lines[i]):
                continue  # header row
            cands.append(i); kind[i] = 'row'
        elif ITEM.match(l):
            cands.append(i); kind[i] = 'item'
        elif BOLD.match(l):
            cands.append(i); kind[i] = 'bold'
    entry = {}
    for c in cands:
        if kind[c] == 'row':
            entry[c] = (c, c); continue
        start = c
        if kind[c] == 'item' and ITEM.match(lines[c - 1]).group(1):
            j = c - 1
            while j >= 1:
                lj = lines[j - 1]
                if not lj.strip() or HEADING.match(lj):
                    break
                m = ITEM.match(lj)
                if (m and m.group(1) == '') or BOLD.match(lj):
                    start = j; break
                j -= 1
        end, k = start, start + 1
        while k <= len(lines):
            lk = lines[k - 1]
            if not lk.strip() or HEADING.match(lk):
                break
            if lk[:1] in (' ', '\t'):
                end = k; k += 1; continue
            break
        entry[c] = (start, end)
    return cands, entry


def main():
    rng = random.Random(7051)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands, entry = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for c in order:
            s, e = entry[c]
            if s not in held:
                held[s] = e
            if len(held) == 20:
                break
        for s in sorted(held):
            e = held[s]
            out.append({'list': f, 'line': s, 'raw': '\n'.join(lines[s - 1:e]), 'candidates_in_list': len(cands)})
        print(f, 'candidates', len(cands), 'drawn', len(held))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
