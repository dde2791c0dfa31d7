"""Sample 20 candidate entry lines per list with random.Random(2026120204).

Candidates: list items (bullets -, *, +, or numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks, HTML comments (single- or multi-line), table header/separator rows,
and nested detail bullets that continue a parent entry (a nested item whose nearest previous non-blank
line is a less-indented list item, and which does not itself start with a link) -- those lines are part
of the parent entry's `raw`, not entries of their own.
Lists are processed in sorted file-name order with one shared RNG.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+(.*)$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    last_item_indent = None  # indent of nearest previous list item (None if prev non-blank is not an item)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            last_item_indent = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            prev_table = False
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            prev_table = True  # header row is skipped, body rows follow the separator
            last_item_indent = None
            continue
        prev_table = False
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            text = m.group(3)
            is_detail = (last_item_indent is not None and indent > last_item_indent
                         and not text.lstrip().startswith('['))
            if not is_detail:
                out.append(i)
            last_item_indent = indent if not is_detail else last_item_indent
            continue
        if s.startswith('**'):
            out.append(i)
            last_item_indent = None
            continue
        # continuation text of the previous item keeps the item context
        if not line.startswith((' ', '\t')):
            last_item_indent = None
    return out

def main():
    rng = random.Random(2026120204)
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, 20))
        res[os.path.basename(path)] = {'n_candidates': len(c), 'lines': pick}
    json.dump(res, sys.stdout, indent=1)

if __name__ == '__main__':
    main()
