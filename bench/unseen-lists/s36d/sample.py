"""Sample 20 candidate entries per list with random.Random(3604).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(a '|' row that is neither the header row nor the separator row), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped.

One refinement: an indented sub-bullet that directly continues a bold-titled
parent item (no blank line in between, e.g. the "  - authors" and
"  - [[Paper]](...)" lines under "- **Title (Venue Year)**") is part of that
parent entry, not an entry of its own, so it is not a separate candidate.

Lists are processed in sorted file-name order with one shared Random instance.
Writes sample.json next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    parent_bold = False  # inside a bold-titled top-level item, no blank line yet
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            parent_bold = False
            continue
        if s.startswith('|'):
            parent_bold = False
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        m = BULLET.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent >= 2 and parent_bold:
                continue  # continuation line of a bold-titled entry
            if indent < 2:
                parent_bold = s[len(m.group(2)):].strip().startswith('**')
            out.append(i + 1)
        elif s.startswith('**'):
            parent_bold = False
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3604)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    result = {}
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        result[f] = {'candidates': len(cand),
                     'lines': [{'line': n, 'text': lines[n - 1]} for n in picked]}
        print(f, len(cand), picked)
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
