#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7861) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, nested too), table body rows (not header or
separator rows), lines starting with bold. No list here writes papers as headings, so no heading
is a candidate. Fenced code and HTML comments are skipped. Every entry in these three files starts
on its candidate line; the only non-candidate text inside an item is an indented strike-through
line in the tim-learn file ("  ~~[Gao et al., ...]~~"), which is never drawn, so a drawn line is
its own entry start (entry_start walks back over indented non-item lines anyway, for safety).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, N = 7861, 20
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s+\S|\s*$)')
SEP = re.compile(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$')


def candidates(lines):
    cands, in_fence, in_comment = [], False, False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^\s*([-*_]\s*){3,}$', line):
            continue  # thematic break
        if ITEM.match(line) and s not in ('-', '*', '+'):
            cands.append(i)
        elif ITEM.match(line):
            cands.append(i)  # a bare list marker (the truncated last line of tim-learn)
        elif s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if SEP.match(s) or SEP.match(nxt):
                continue
            cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    return cands


def entry_start(lines, i):
    j = i
    while j > 0 and not ITEM.match(lines[j]) and lines[j].startswith(' ') and lines[j].strip():
        j -= 1
    return j


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(lines)} lines, {len(cands)} candidate lines, {len(held)} entries drawn')
        for st in sorted(held):
            out.append({'list': name, 'line': st + 1, 'raw': lines[st]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
