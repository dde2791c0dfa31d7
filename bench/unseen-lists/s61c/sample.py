#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6131), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), Markdown table body rows (not the header
or separator row), and lines starting with bold. None of the three lists writes papers as
headings, so no heading line is a candidate. Fenced code and HTML comments are skipped.

Entry extent: a list item or a bold line runs on over the following non-blank lines that
are not themselves list items, headings, table rows or bold lines (Tencent/TFace writes
"**`2022.9`**: `Title` accepted by **ECCV2022**. " and puts "[[paper](...)]" on the next
line; saiamrit wraps one title onto a second line). A drawn continuation line maps to the
first line of its entry. Table rows are one line each.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6131
N = 20

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')


def skipped(lines):
    skip = [False] * len(lines)
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = in_fence = True
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s[4:]:
                in_comment = True
    return skip


def analyse(lines):
    n = len(lines)
    skip = skipped(lines)
    table_body = set()
    for i in range(1, n):
        if (not skip[i] and '|' in lines[i] and SEP.match(lines[i])
                and lines[i - 1].lstrip().startswith('|')):
            j = i + 1
            while j < n and lines[j].lstrip().startswith('|') and not skip[j]:
                table_body.add(j)
                j += 1

    def starts_entry(k):
        l = lines[k]
        return (k in table_body or BULLET.match(l) is not None or l.startswith('**')
                or HEADING.match(l) is not None or l.lstrip().startswith('|'))

    cands, extent = [], {}
    for i, l in enumerate(lines):
        if skip[i] or l.strip() == '':
            continue
        if i in table_body:
            cands.append(i)
            extent[i] = i
        elif BULLET.match(l) or l.startswith('**'):
            cands.append(i)
            j = i
            while (j + 1 < n and not skip[j + 1] and lines[j + 1].strip() != ''
                   and not starts_entry(j + 1)):
                j += 1
                cands.append(j)          # continuation lines can be drawn too
            extent[i] = j
    start_of = {}
    for s, e in extent.items():
        for k in range(s, e + 1):
            start_of[k] = s
    return cands, start_of, extent


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands, start_of, extent = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held, drawn = [], 0
        for i in order:
            if len(held) >= N:
                break
            drawn += 1
            s = start_of[i]
            if s not in held:
                held.append(s)
        print(f'{name}: {len(lines)} lines, {len(cands)} candidate lines, '
              f'{len(extent)} entries, {drawn} lines drawn, {len(held)} entries held')
        for s in held:
            out.append({'list': name, 'line': s + 1,
                        'raw': '\n'.join(lines[s:extent[s] + 1])})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
