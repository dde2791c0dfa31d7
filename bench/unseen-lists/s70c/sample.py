#!/usr/bin/env python3
"""Sample 20 entries a list for s70c with one random.Random(7031) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments are skipped (no list here writes papers
as headings). Each drawn line is mapped to the start of the entry it belongs to: an indented
sub-bullet under a numbered bold-title item (the 4D-radar list's Link/Affiliation/Dataset/Note
lines) belongs to that item; every other candidate line starts its own entry.
Output: sample.tsv (list, entry start line, drawn line, text of the start line).
"""
import glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(ln) or s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


def entry_start(lines, i):
    m = ITEM.match(lines[i])
    if not m or not m.group(1):
        return i
    ind = len(m.group(1))
    for j in range(i - 1, -1, -1):
        pm = ITEM.match(lines[j])
        if pm and len(pm.group(1)) < ind:
            if re.match(r'^\s*\d+\.\s+\*\*', lines[j]):
                return j
            return i
        if lines[j].strip().startswith('#'):
            return i
    return i


def main():
    rng = random.Random(7031)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cand = candidates(lines)
        order = list(cand)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in [h[0] for h in held]:
                held.append((s, i))
            if len(held) == 20:
                break
        print(f'{name}: {len(cand)} candidate lines, {len(held)} entries drawn')
        for s, i in held:
            rows.append(f'{name}\t{s + 1}\t{i + 1}\t{lines[s]}')
    with open(os.path.join(HERE, 'sample.tsv'), 'w', encoding='utf-8') as f:
        f.write('# list\tline\tdrawn_line\ttext\n' + '\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
