"""Sample 20 entries per list with random.Random(3011).

Candidates: list items (bullets -, *, + and numbered 1. / 1) at any indent),
table body rows (a row starting with '|' that is neither the header row nor the
---- separator row), and unindented lines starting with bold (**).  Fenced code
blocks and HTML comments are skipped.

One list (ChenChengKuan) puts each paper's authors and venue in a nested bullet
('      * Authors *Venue Year*') directly under the title bullet; such a nested
bullet is part of the entry that starts on the line above, so a sampled child
line is mapped to its parent line.  Candidates are drawn in a seeded random
order until 20 distinct entry start lines are collected.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
CHILD = re.compile(r'^ {6}\* ')  # ChenChengKuan author/venue sub-bullet


def candidates(lines):
    out = []
    in_fence = in_comment = False
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or line.startswith('**'):
            out.append(i + 1)
    return out


def entry_start(name, lines, ln):
    if name.startswith('ChenChengKuan') and CHILD.match(lines[ln - 1]):
        j = ln - 1
        while j > 1 and not lines[j - 1].strip():
            j -= 1
        return j
    return ln


def main():
    rng = random.Random(3011)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = rng.sample(cands, len(cands))
        picked, drawn = [], []
        for ln in order:
            st = entry_start(name, lines, ln)
            drawn.append(ln)
            if st not in picked:
                picked.append(st)
            if len(picked) == 20:
                break
        result[name] = {'candidates': len(cands), 'drawn': drawn, 'entries': sorted(picked)}
        print(name, len(cands), sorted(picked))
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
