#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6011), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), Markdown table body rows (not the
header or separator row), and lines starting with bold. None of the three lists writes
papers as headings, so no heading line is a candidate. Fenced code and HTML comments
(closed by "-->" or "--!>") are skipped, and so are HTML blocks (a line opening with a
block tag such as <div>, <table>, <details> runs to the next blank line, as CommonMark
reads it: Junxi-Chen's "    * : ShanghaiTech was ..." footnote inside a <div> is not a
list item); HTML <table> rows are not Markdown table rows.

Entry extent: a list item runs on over the following non-blank lines that are not
themselves list items, headings, table rows or bold lines (Junxi-Chen writes a paper as
"1. [ABBR] **Title**\\" + badge line(s) + "VENUE 'YY [[paper](...)]..." continuation
lines; its titles sometimes wrap onto the next line). A drawn continuation line would
map to the first line of its entry; in these three files only first lines are
candidates, since no continuation line starts with a bullet, a pipe or bold.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6011
N = 20

BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')
HTML_BLOCK = re.compile(r'^\s{0,3}</?(div|table|details|summary|tr|td|th|thead|tbody|p|center|ul|ol|li|h[1-6])[\s>/]', re.I)


def skipped(lines):
    n = len(lines)
    skip = [False] * n
    in_fence = in_comment = in_html = False
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
            if '-->' in l or '--!>' in l:
                in_comment = False
            continue
        if HTML_BLOCK.match(l):
            in_html = True
        if in_html:
            skip[i] = True
            if s == '':
                in_html = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            rest = s[4:]
            if '-->' not in rest and '--!>' not in rest:
                in_comment = True
    return skip


def analyse(lines):
    """Return (candidates, extent) with 0-based indexes; extent[start] = last line."""
    n = len(lines)
    skip = skipped(lines)
    table_body = set()
    for i in range(1, n):
        if not skip[i] and SEP.match(lines[i]) and '|' in lines[i] and lines[i - 1].lstrip().startswith('|'):
            j = i + 1
            while j < n and lines[j].lstrip().startswith('|') and not skip[j]:
                table_body.add(j)
                j += 1

    def starts_entry(k):
        l = lines[k]
        return (k in table_body or BULLET.match(l) is not None
                or (l.startswith('**')) or HEADING.match(l) is not None)

    cands, extent = [], {}
    for i, l in enumerate(lines):
        if skip[i] or l.strip() == '':
            continue
        if i in table_body or l.startswith('**'):
            cands.append(i)
            extent[i] = i
        elif BULLET.match(l):
            cands.append(i)
            j = i
            while (j + 1 < n and not skip[j + 1] and lines[j + 1].strip() != ''
                   and not starts_entry(j + 1) and not lines[j + 1].lstrip().startswith('|')):
                j += 1
            extent[i] = j
    # map every line to the entry whose extent covers it
    start_of = {}
    for s, e in extent.items():
        for k in range(s, e + 1):
            start_of[k] = s
    return cands, start_of, extent


def main():
    rng = random.Random(SEED)
    out = []
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = text.split('\n')
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
            raw = '\n'.join(lines[s:extent[s] + 1])
            out.append({'list': name, 'line': s + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
