#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6541) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), Markdown table body rows (not header or
separator rows), and lines starting with bold (after indentation); fenced code and HTML comments
are skipped. None of the three lists writes papers as headings, so no heading is a candidate
(DLUTElvis's contents table is HTML <tr> rows, not a Markdown table, so it gives no candidates).
Each drawn line is mapped to the start of the entry it belongs to: a continuation line (a non-item
line directly under an item with no blank line between) belongs to the item above it. An entry's
raw text runs over such continuation lines and also over blank lines when the next non-blank line
is indented by 2+ spaces and is not an item or heading (the authors paragraph of a numbered item,
as in DLUTElvis). Draws continue until 20 distinct entries are held, or candidates run out.
"""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s+|$)')


def read_lines(path):
    text = open(path, encoding='utf-8', newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]


def skipped(lines):
    skip = [False] * len(lines)
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            in_fence = not in_fence
            continue
        if in_fence:
            skip[i] = True
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if '<!--' in l:
            skip[i] = True
            if '-->' not in l[l.index('<!--'):]:
                in_comment = True
    return skip


def candidates(lines, skip):
    n = len(lines)
    header, body = set(), set()
    for i, l in enumerate(lines):
        if skip[i] or '|' not in l or not SEP.match(l) or '-' not in l:
            continue
        if i > 0 and '|' in lines[i - 1]:
            header.add(i - 1)
        j = i + 1
        while j < n and lines[j].strip() and '|' in lines[j] and not skip[j]:
            body.add(j)
            j += 1
    out = []
    for i, l in enumerate(lines):
        if skip[i] or i in header or ('|' in l and SEP.match(l) and '-' in l):
            continue
        if i in body or ITEM.match(l) or l.lstrip().startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i):
    if ITEM.match(lines[i]):
        return i
    j = i
    while j > 0 and lines[j - 1].strip():
        j -= 1
        if ITEM.match(lines[j]):
            return j
    return i


def is_cont(l):
    return l.strip() and not ITEM.match(l) and not l.lstrip().startswith('#')


def entry_end(lines, s):
    e = s
    k = s + 1
    while k < len(lines):
        l = lines[k]
        if is_cont(l):
            e = k
            k += 1
            continue
        if not l.strip():
            m = k
            while m < len(lines) and not lines[m].strip():
                m += 1
            if m < len(lines) and is_cont(lines[m]) and len(lines[m]) - len(lines[m].lstrip()) >= 2 \
                    and ITEM.match(lines[s]):
                e = m
                k = m + 1
                continue
        break
    return e


def main():
    rng = random.Random(6541)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = read_lines(f)
        skip = skipped(lines)
        cands = candidates(lines, skip)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn')
        for s in held:
            e = entry_end(lines, s)
            result.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
