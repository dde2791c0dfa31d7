"""Draw up to 20 entries a list with ONE random.Random(5051), lists in sorted file-name order.

Candidate lines:
- list items: bullets (-, *, +) and numbered items at any indent. zzc-1998's list writes some
  numbered items without the space after the dot ("1.PointSSIM: ..."); they are plainly meant
  as numbered items, so "1." followed directly by a letter also counts.
- Markdown table body rows: rows after a |---| separator row (the header row above the separator
  and the separator itself are not candidates).
- HTML table body rows: every <tr> row of a <table> except the first (header) row, one candidate
  per row at its <tr> line (the <td> lines are the row's continuation lines). As in s48h and llm,
  this is how "table body rows" is read for HTML tables.
- lines starting with bold (**): none in these three lists.
- heading lines that are papers' titles: none of the three lists writes papers as headings.
Skipped: fenced code and HTML comments.

Each drawn line is mapped to the start of the entry it belongs to (a non-item continuation line
belongs to the item above it; a <td> line belongs to its <tr>). Each list's candidates are shuffled
and walked until 20 distinct entries are held (fewer if the list has fewer).
Writes sample.jsonl (list, line, text) next to this script; counts go to stderr.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+|\d+\.(?=[A-Za-z]))')


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    in_html_table = False
    html_rows = 0
    tr_start = None
    cur = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        low = s.lower()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            cur = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # HTML tables
        if low.startswith('<table'):
            in_html_table = True
            html_rows = 0
            cur = None
            continue
        if in_html_table:
            if low.startswith('</table'):
                in_html_table = False
                tr_start = None
                continue
            if low.startswith('<tr'):
                html_rows += 1
                tr_start = i
                if html_rows > 1:          # first row is the header row
                    cands.append(i)
                    start[i] = i
                continue
            if tr_start is not None and html_rows > 1:
                start[i] = tr_start        # <td> and </tr> lines continue the row
            if low.startswith('</tr'):
                tr_start = None
            continue
        if not s:
            cur = None
            in_table = False
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s) and '-' in s:
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            cands.append(i)
            start[i] = i
            cur = i
        elif s.startswith('**'):
            cands.append(i)
            start[i] = i
            cur = i
        elif (s.startswith('#') or s.startswith('<') or s.startswith('>')
              or re.match(r'^([-*_])(\s*\1){2,}$', s)):
            cur = None      # heading, HTML, quote or thematic break ends the entry
        elif cur is not None:
            start[i] = cur  # continuation line of the entry above
    return cands, start


def main():
    rng = random.Random(5051)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidates, {len(set(start[c] for c in cands))} entries, '
              f'{len(held)} drawn', file=sys.stderr)
        for e in sorted(held):
            out.append({'list': name, 'line': e, 'text': lines[e - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
