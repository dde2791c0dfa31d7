"""Draw up to 20 entries a list with ONE random.Random(5071), lists in sorted file-name order.

Candidate lines:
- list items: bullets (-, *, + followed by a space) and numbered items (1. / 1) followed by a
  space) at any indent; also a numbered item written without the space before a bracket
  ("7.[2025 ICCV] **...**" in wang-akang's list), which a reader sees as item 7 of its list;
- table body rows: `|` rows after a |---| separator row (header and separator rows excluded);
- lines starting with bold: a closed **...** span at the start of the (stripped) line. A line
  that merely begins with two asterisks and never closes them (the footnote
  "**The benchmark has different ..." in better-chao's list) is not bold and not a candidate;
- heading lines that are papers' titles: none of the three lists writes papers as headings,
  so no heading line is a candidate.
Skipped: fenced code (``` / ~~~) and HTML comments (<!-- ... -->, also over several lines).

Entry starts: a drawn line is mapped to the start of the entry it belongs to. A non-blank
continuation line that is not itself an item, a table row, a heading, a quote or HTML belongs
to the item above it (wang-akang's titles broken over two lines). In these three lists every
candidate line starts its own entry (no nested detail bullets), so the map is the identity on
candidates; it is kept general all the same.

Each list's candidates are shuffled and walked until 20 distinct entries are held (fewer if
the list has fewer). Writes sample.jsonl (list, line, text) next to this script and prints
per-list counts to stderr.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+|\d+\.(?=\[))')
BOLD = re.compile(r'^\*\*[^*\s][^*]*?\*\*')


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        if ITEM.match(line):
            cands.append(i)
            start[i] = i
            cur = i
        elif BOLD.match(s):
            cands.append(i)
            start[i] = i
            cur = i
        elif (s.startswith('#') or s.startswith('<') or s.startswith('>')
              or re.match(r'^([-*_])(\s*\1){2,}$', s)):
            cur = None
        elif cur is not None:
            start[i] = cur
    return cands, start


def main():
    rng = random.Random(5071)
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
        print(f'# {name}: {len(cands)} candidates, '
              f'{len(set(start[c] for c in cands))} entries, {len(held)} drawn', file=sys.stderr)
        for e in sorted(held):
            out.append({'list': name, 'line': e, 'text': lines[e - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
