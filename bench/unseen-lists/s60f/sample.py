"""Sample 20 entries a list for s60f (seed 6061, ONE random.Random over the lists in sorted file-name order).

Candidate lines: list items (bullets, numbered, any indent), table body rows (not header or
separator rows), lines starting with bold, and heading lines that are papers' titles
(a heading whose text starts with a Markdown link, as hanwei0912's file writes every paper:
`### [Title](url)`). Fenced code and HTML comments are skipped.

A drawn line is mapped to the start of the entry it belongs to:
  * an indented list item whose nearest less-indented list item above it carries a web link
    (a paper/resource entry) is a note of that entry -> the parent's line; indented items under
    a link-less parent (the README's progress checklist) are entries of their own;
  * an unindented list item (or other non-blank line) directly under a paper-title heading,
    with no blank line between, is a detail of that heading entry -> the heading's line.
Each list's candidates are shuffled and walked until 20 distinct entry starts are held.
The entry's raw text (its first line through its last continuation line, trailing blank lines
dropped) is written out to sample.jsonl as a starting point for the hand labels.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6061
N = 20
LIST_RE = re.compile(r'^([ \t]*)([-*+]|\d+[.)])(\s+|$)')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^\s{0,3}(#{1,6})\s+(.*)$')
PAPER_HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s+\[')


def indent(line):
    return len(re.match(r'^[ \t]*', line).group(0).expandtabs(4))


def scan(lines):
    """Candidate line indexes (0-based) and the set of skipped (fence/comment) lines."""
    cands, skipped = [], set()
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            skipped.add(i)
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skipped.add(i)
            in_fence = not in_fence
            continue
        if in_fence:
            skipped.add(i)
            continue
        if s.startswith('<!--'):
            skipped.add(i)
            if '-->' not in s:
                in_comment = True
            continue
        if LIST_RE.match(ln):
            cands.append(i)
        elif s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(s) or SEP_RE.match(nxt):
                continue  # separator row, or the header row above it
            cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
        elif PAPER_HEAD_RE.match(ln):
            cands.append(i)
    return cands, skipped


def entry_start(lines, i):
    ln = lines[i]
    m = LIST_RE.match(ln)
    if m and indent(ln) > 0:
        ind = indent(ln)
        for j in range(i - 1, -1, -1):
            lj = lines[j]
            if not lj.strip():
                continue
            mj = LIST_RE.match(lj)
            if mj and indent(lj) < ind:
                if 'http' in lj:
                    return entry_start(lines, j)
                return i  # checklist / table-of-contents sub-item: its own entry
            if not mj and indent(lj) == 0:
                return i
        return i
    if m:
        # an unindented bullet directly under a paper-title heading (no blank line between)
        for j in range(i - 1, -1, -1):
            lj = lines[j]
            if not lj.strip():
                return i
            if HEAD_RE.match(lj):
                return j if PAPER_HEAD_RE.match(lj) else i
        return i
    return i


def entry_end(lines, s):
    """Last line (0-based, inclusive) of the entry starting at s."""
    first = lines[s]
    end = s
    if PAPER_HEAD_RE.match(first):
        j = s + 1
        while j < len(lines) and lines[j].strip() and not HEAD_RE.match(lines[j]):
            end = j
            j += 1
        return end
    m = LIST_RE.match(first)
    if not m:
        return s
    ind = indent(first)
    j = s + 1
    while j < len(lines):
        lj = lines[j]
        if not lj.strip():
            j += 1
            continue
        if HEAD_RE.match(lj) or lj.lstrip().startswith('<h'):
            break
        mj = LIST_RE.match(lj)
        if mj and indent(lj) <= ind:
            break
        if not mj and indent(lj) <= ind:
            # an unindented paragraph: lazy continuation only when no blank line came before
            if lines[j - 1].strip():
                end = j
                j += 1
                continue
            break
        end = j
        j += 1
    return end


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, _ = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
