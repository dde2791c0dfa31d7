#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6371) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (a heading holding a
Markdown link to a paper, as yuanxu9710/MSA writes "### TFN: [Title (EMNLP2017)](link)");
fenced code and HTML comments are skipped. A drawn line is mapped to the start of its entry:
a list item's continuation lines (non-blank, not a new item, heading or table row) belong to it.
Writes sample.jsonl (list, line, raw).
"""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
PAPER_HEAD = re.compile(r'^\s{0,3}#{1,6}\s.*\]\(https?://')


def skipped(lines):
    skip = [False] * len(lines)
    fence = comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if comment:
            skip[i] = True
            if '-->' in l:
                comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                comment = True
    return skip


def candidates(lines):
    n = len(lines)
    skip = skipped(lines)
    header, body = set(), set()
    for i, l in enumerate(lines):
        if skip[i] or '|' not in l or not SEP.match(l):
            continue
        if i > 0 and '|' in lines[i - 1]:
            header.add(i - 1)
        j = i + 1
        while j < n and lines[j].strip() and '|' in lines[j] and not skip[j]:
            body.add(j)
            j += 1
    out = []
    for i, l in enumerate(lines):
        if skip[i] or i in header or ('|' in l and SEP.match(l)):
            continue
        if i in body or ITEM.match(l) or l.lstrip().startswith('**') or PAPER_HEAD.match(l):
            out.append(i)
    return out, body


def entry_span(lines, start, cands):
    """Lines of the entry starting at index start: continuation lines until a blank line,
    a new candidate, a heading or a table row."""
    end = start + 1
    if ITEM.match(lines[start]):
        while end < len(lines):
            l = lines[end]
            if not l.strip() or end in cands or HEAD.match(l) or l.lstrip().startswith('|'):
                break
            end += 1
    return end


def entry_start(i, starts_of):
    return starts_of.get(i, i)


def main():
    rng = random.Random(6371)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands, _ = candidates(lines)
        cset = set(cands)
        # map every line of a multi-line entry to its first line
        starts_of, spans = {}, {}
        for c in cands:
            e = entry_span(lines, c, cset)
            spans[c] = e
            for k in range(c, e):
                starts_of[k] = c
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(i, starts_of)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for s in held:
            raw = '\n'.join(lines[s:spans[s]])
            result.append({'list': name, 'line': s + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
