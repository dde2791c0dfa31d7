#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7221), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code and HTML comments are skipped. None of the three lists writes papers as headings,
so heading lines are not candidates. Each drawn line maps to the first line of its entry: an
entry runs from a candidate line until a blank line, a heading, or the next list item/bold line
that starts a new entry (a bold line right under a list item with no blank line continues it).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')


def candidates(lines):
    out = []  # (line_no, entry_start), 1-based
    in_fence = in_comment = False
    entry_start = None
    for i, s in enumerate(lines, 1):
        if FENCE.match(s):
            in_fence = not in_fence
            entry_start = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.strip().startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s.strip() or s.lstrip().startswith('#'):
            entry_start = None
            continue
        if LIST_ITEM.match(s):
            entry_start = i
            out.append((i, i))
            continue
        if TABLE_ROW.match(s):
            entry_start = None
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if not TABLE_SEP.match(nxt):  # not a header row
                out.append((i, i))
            continue
        if BOLD_START.match(s):
            if entry_start is None:
                entry_start = i
            out.append((i, entry_start))
            continue
        # other text: continuation of the current entry (if any), not a candidate
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7221)
    result = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        result.append({'list': name, 'candidates': len(cands),
                       'entries': len({s for _, s in cands}), 'drawn': held})
        for start in held:
            print(f'{name}\t{start}\t{lines[start-1][:160]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'entries', r['entries'],
              'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
