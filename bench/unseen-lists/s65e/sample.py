#!/usr/bin/env python3
"""Sample up to 20 entries a list with ONE random.Random(6551), lists in sorted file-name order.

Candidates: list items (bullets, numbered), Markdown table body rows (not header or separator rows),
lines starting with bold (also `[**Venue**] Title` lines, whose first visible text is bold inside a
bracket), and heading lines that are paper titles (none of the three lists writes papers as headings).
Fenced code and HTML comments are skipped.

A drawn line is mapped to the start of its entry: a plain text line that follows an entry line with no
blank line between (authors and links of a multi-line citation, the wrapped second line of a table row)
belongs to that entry; every candidate line starts an entry of its own.
The entry's raw text is its start line plus those continuation lines.
Output: /tmp/s65e-work/sample.json (list, line, raw) and a printout.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\[?(\*\*|__)\S')


def parse(lines):
    """Return list of candidate line numbers and {start: [line numbers]}."""
    cands, spans = [], {}
    in_fence = in_comment = False
    cur = None
    prev_table = False
    for i, ln in enumerate(lines):
        no = i + 1
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; cur = None; prev_table = False; continue
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
            cur = None; prev_table = False; continue
        if s.startswith('#') or s.startswith('<') or s == '---':
            cur = None; prev_table = False; continue
        if s.startswith('|'):
            if SEP.match(s):
                prev_table = True; cur = None; continue
            if not prev_table:        # header row: first row of a table
                prev_table = True; cur = None; continue
            cands.append(no); spans[no] = [no]; cur = no; continue
        if ITEM.match(ln) or BOLD.match(ln):
            prev_table = False
            cands.append(no); spans[no] = [no]; cur = no; continue
        # plain text line
        if cur is not None:
            spans[cur].append(no)
        # prev_table stays as is: a wrapped table row keeps the table open
    return cands, spans


def main():
    rng = random.Random(6551)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, spans = parse(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            start = c  # every candidate is an entry start (continuations are never candidates)
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} entries drawn')
        for st in held:
            raw = '\n'.join(lines[k - 1] for k in spans[st])
            out.append({'list': name, 'line': st, 'raw': raw})
            print(f'  {st}: {raw[:150]!r}')
    os.makedirs('/tmp/s65e-work', exist_ok=True)
    json.dump(out, open('/tmp/s65e-work/sample.json', 'w'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
