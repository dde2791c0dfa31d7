#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7321), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are entry titles in a list that writes papers
as headings (Tudor67__Paper-Notes: the H2 headings under "# Papers related to counting" and
"# Datasets related to counting").  Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to: in the heading-per-paper list,
the note bullets under an H2 entry heading belong to that heading; elsewhere every bullet, row or
bold line is its own entry start (no list here wraps an entry over several bullet lines).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(\s+|$)')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*(\*\*|__)')
FENCE = re.compile(r'^ {0,3}(```|~~~)')
HEADING = re.compile(r'^(#{1,6})\s+(.*)')
HEADING_LISTS = {'Tudor67__Paper-Notes.README.md'}


def candidates(name, lines):
    out = []  # (line, entry_start)
    in_fence = in_comment = False
    entry_heading = None  # current H2 entry heading in a heading-per-paper list
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
        if not s.strip():
            continue
        h = HEADING.match(s)
        if h:
            if name in HEADING_LISTS:
                if len(h.group(1)) == 2:
                    entry_heading = i
                    out.append((i, i))
                else:
                    entry_heading = None
            continue
        if s.lstrip().startswith('>'):
            continue
        start = None
        if LIST_ITEM.match(s):
            start = i
        elif TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt):  # header row
                continue
            start = i
        elif BOLD_START.match(s):
            start = i
        if start is not None:
            if entry_heading is not None:
                start = entry_heading
            out.append((i, start))
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7321)
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
        entries = sorted(set(s for _, s in cands))
        result.append({'list': name, 'candidates': len(cands), 'entries': len(entries),
                       'drawn': sorted(held)})
        for start in sorted(held):
            print(f'{name}\t{start}\t{lines[start-1][:150]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'entries', r['entries'],
              'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
