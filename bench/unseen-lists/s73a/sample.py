#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7311), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles in a list that writes papers as
headings (spiritdjy__MixPaper: every H4 heading is one paper entry). Fenced code and HTML comments
are skipped. Each drawn line is mapped to the start of the entry it belongs to: in the heading-style
list, a bullet under an H4 paper heading (its arXiv link, venue line or Chinese note) belongs to that
heading; everywhere else each list item, table row or bold line is its own entry start.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')
HEADING = re.compile(r'^(#{1,6})\s')
PAPER_HEADING_LEVEL = {'spiritdjy__MixPaper.README.md': 4}


def candidates(name, lines):
    """Return (line, entry_start) pairs."""
    out = []
    in_fence = in_comment = False
    paper_level = PAPER_HEADING_LEVEL.get(name)
    current_paper_heading = None
    for i, line in enumerate(lines, 1):
        s = line
        if FENCE.match(s):
            in_fence = not in_fence
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
        m = HEADING.match(s)
        if m:
            level = len(m.group(1))
            if paper_level and level == paper_level:
                current_paper_heading = i
                out.append((i, i))
            else:
                current_paper_heading = None
            continue
        if not s.strip() or s.lstrip().startswith('>'):
            continue
        if LIST_ITEM.match(s):
            out.append((i, current_paper_heading or i))
        elif TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt):      # header row
                continue
            out.append((i, i))
        elif BOLD_START.match(s):
            out.append((i, current_paper_heading or i))
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7311)
    result = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(name, lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        entries = len(set(s for _, s in cands))
        result.append({'list': name, 'candidates': len(cands), 'entries': entries, 'drawn': sorted(held)})
        for start in sorted(held):
            print(f'{name}\t{start}\t{lines[start-1][:170]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'candidate lines', r['candidates'], 'entries', r['entries'], 'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
