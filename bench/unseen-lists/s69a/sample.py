#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(6911) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
HEADING = re.compile(r'^#{1,6}\s')


def scan(lines):
    """Return (candidates, entry_of) : candidate line numbers (1-based) and a map line -> (start, end)."""
    in_fence = False
    in_comment = False
    cands = []
    kind = {}
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
            # header row: the next line is a separator row
            if i < len(lines) and SEP.match(lines[i]):
                continue
            cands.append(i); kind[i] = 'row'
        elif ITEM.match(l):
            cands.append(i); kind[i] = 'item'
        elif BOLD.match(l):
            cands.append(i); kind[i] = 'bold'
    # entry of each candidate: a nested list item / indented line belongs to the
    # nearest preceding top-level item or bold line with no blank line or heading between
    entry = {}
    for c in cands:
        if kind[c] == 'row':
            entry[c] = (c, c)
            continue
        start = c
        if kind[c] == 'item' and len(ITEM.match(lines[c - 1]).group(1)) > 0:
            j = c - 1
            while j >= 1:
                lj = lines[j - 1]
                if not lj.strip() or HEADING.match(lj):
                    break
                if (ITEM.match(lj) and ITEM.match(lj).group(1) == '') or BOLD.match(lj):
                    start = j
                    break
                j -= 1
        # end: following indented lines / nested items with no blank line between
        end = start
        k = start + 1
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
    rng = random.Random(6911)
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
