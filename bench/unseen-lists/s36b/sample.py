"""Sample 20 candidate entry lines per list with random.Random(3602).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(a '|' row that is neither the header row nor the separator row), and lines
starting with bold (** or __). Fenced code blocks and HTML comments are skipped.

One exception, so that a sampled line is always where an entry starts: an
indented bullet that only continues a multi-line entry (its parent bullet is a
bold title line such as `- **Title (Venue Year)**`, and the child carries that
entry's authors / [[Paper]] / [[Code]] lines) is not a candidate of its own.

Lists are processed in sorted file-name order with one shared Random instance.
Writes sample.json next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_TITLE_ITEM = re.compile(r'^\s*[-*+]\s+\*\*.*\*\*\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    parents = []  # stack of (indent, line text) of open bullets
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
        if s.startswith('|'):
            parents = []
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        m = BULLET.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while parents and parents[-1][0] >= ind:
                parents.pop()
            is_cont = bool(parents) and BOLD_TITLE_ITEM.match(parents[-1][1])
            parents.append((ind, line))
            if not is_cont:
                out.append(i + 1)
            continue
        if s.startswith('#'):
            parents = []
        if s.startswith('**') or s.startswith('__'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3602)
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
