"""Draw up to 20 entries a list with ONE random.Random(5031), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + and numbered 1. / 1), at any indent, including an
empty "* " bullet), table body rows (rows after a |---| separator row; header and separator rows
excluded), and lines starting with bold (**). None of the three lists writes papers as headings,
so no heading line is a candidate. Skipped: fenced code (the bibtex block in wwweiwei's list) and
HTML comments.

Entry starts: a drawn line is mapped to the start of the entry it belongs to.
- A line that is not itself a candidate and follows an item with no blank line in between
  belongs to that item (jxucoder's "  *Authors*", "  [Paper](..) | [Code](..)" and the indented
  "  > summary" blockquote lines are the second to fourth lines of one paper entry).
- Indented sub-items (LAMDA's papers listed under the "[**TICL**]" repository bullet, jxucoder's
  nested table-of-contents links) are entries of their own.
- An unindented blockquote (LAMDA's "> **Clustering**" group labels), a heading, HTML or a
  blank line ends the current entry.
Each list's candidates are shuffled and walked until 20 distinct entries are held (fewer if the
list has fewer). Writes sample.jsonl (list, line, text) next to this script; counts to stderr.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+](\s+|$)|\d+[.)]\s+)')


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur = None  # start line of the current entry, owner of continuation lines
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
        elif s.startswith('**'):
            cands.append(i)
            start[i] = i
            cur = i
        elif line[:1] in (' ', '\t') and cur is not None:
            start[i] = cur  # indented continuation line (authors, links, "> summary")
        elif s.startswith('#') or s.startswith('<') or s.startswith('>'):
            cur = None  # heading, HTML or top-level blockquote ends the entry
        elif cur is not None:
            start[i] = cur  # lazy continuation line of the entry above
    return cands, start


def main():
    rng = random.Random(5031)
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
