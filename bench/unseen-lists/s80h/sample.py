"""Draw 20 entries a list with ONE random.Random(8081), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold; fenced code and HTML comments are skipped.
(None of the three lists writes papers as headings.)
A drawn line is mapped to the start of the entry it belongs to: an indented (nested)
list item belongs to the nearest column-0 entry line above it (a column-0 line starting
with '-', '*', '+' or a number -- this includes the "-《Title》" lines of the Chinese
notes list, which lack the space of a proper list item), unless a heading comes first.
Prints sample.jsonl lines: list, line (1-based entry start), raw (entry lines, trailing
blank lines dropped), drawn (the line drawn).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TOP = re.compile(r'^(?:[-*+]|\d+[.)])')  # column-0 entry start (also "-《")
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(ln) or s.startswith('**'):
            out.append(i)
        elif s.startswith('|'):
            # table body row: not a separator row, and not the header row
            # (the header row is the one followed by a separator row)
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt:
                continue
            out.append(i)
    return out


def entry_start(lines, i):
    ln = lines[i]
    if ln.strip().startswith('|') or not ln.startswith((' ', '\t')):
        return i
    j = i - 1
    while j >= 0:
        l2 = lines[j]
        if HEAD.match(l2):
            return i
        if l2.strip() and not l2.startswith((' ', '\t')) and TOP.match(l2):
            return j
        j -= 1
    return i


def entry_end(lines, start):
    if lines[start].strip().startswith('|'):
        return start
    k = start + 1
    while k < len(lines):
        l2 = lines[k]
        if HEAD.match(l2):
            break
        if l2.strip() and not l2.startswith((' ', '\t')) and TOP.match(l2):
            break
        # an unindented non-list text line after a blank line ends the entry
        k += 1
    end = k - 1
    while end > start and not lines[end].strip():
        end -= 1
    return end


def main():
    rng = random.Random(8081)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for name in files:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        seen = set()
        for i in order:
            s = entry_start(lines, i)
            if s in seen:
                continue
            seen.add(s)
            e = entry_end(lines, s)
            held.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1]), 'drawn': i + 1})
            if len(held) == 20:
                break
        print('#', name, 'candidates', len(cands), 'held', len(held))
        out.extend(held)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
