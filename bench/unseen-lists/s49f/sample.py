"""Sample up to 20 distinct entries a list, with ONE random.Random(4961).

The lists (*.README.md in this folder) are taken in sorted file-name order and
share a single random.Random(4961).  For each list the candidate lines are
collected, shuffled with that generator, and walked in shuffled order; each drawn
line is mapped to the first line of the entry it belongs to, until 20 distinct
entries are held (or the candidates run out).

Candidate lines: list items (bullets -, *, + or numbered, at any indent), table
body rows (a pipe line that is neither a separator row nor the first pipe line
of its block, i.e. its header), and lines starting with bold (after leading
spaces).  No list here writes papers as headings, so no heading is a candidate.
Fenced code blocks and HTML comments are skipped.

Entry mapping: in mlz8__VQA-Reading-List every indented bullet is a study note
under a top-level paper/dataset bullet (its continuation), so an indented bullet
maps to the nearest top-level bullet above it.  In the other two lists each
bullet, nested or not, is its own entry (CCYChongyanChen nests a taxonomy of
separate names; aimagelab nests <details> groups), and each table row is one
entry.  A drawn line that is not a list item or table row (a bold line) is its
own entry start; its raw text runs on over following non-blank plain lines.

Output (stdout): list<TAB>start line<TAB>raw (with \\n escaped), by line.
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
NESTED_NOTES = {'mlz8__VQA-Reading-List.README.md'}
SEED = 4961
N = 20


def scan(lines):
    """Return (candidates, skipped) where skipped marks fence/comment lines."""
    cands = []
    skip = [False] * (len(lines) + 1)
    in_fence = in_comment = False
    prev_pipe = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            skip[i] = True
            if '-->' in line:
                in_comment = False
            prev_pipe = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            skip[i] = True
            prev_pipe = False
            continue
        if in_fence:
            skip[i] = True
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
            prev_pipe = False
            continue
        if s.startswith('|'):
            if not SEP.match(s) and prev_pipe:
                cands.append(i)
            prev_pipe = True
            continue
        prev_pipe = False
        if ITEM.match(line) or s.startswith('**'):
            cands.append(i)
    return cands, skip


def indent(line):
    return len(line) - len(line.lstrip(' \t'))


def entry_start(name, lines, i):
    line = lines[i - 1]
    if name in NESTED_NOTES and ITEM.match(line) and indent(line) > 0:
        j = i - 1
        while j >= 1:
            lj = lines[j - 1]
            if lj.lstrip().startswith('#'):
                break
            if ITEM.match(lj) and indent(lj) == 0:
                return j
            j -= 1
    return i


def entry_raw(name, lines, start):
    out = [lines[start - 1]]
    first = lines[start - 1]
    is_item = bool(ITEM.match(first))
    is_row = first.strip().startswith('|')
    k = start + 1
    while k <= len(lines):
        lk = lines[k - 1]
        s = lk.strip()
        if not s or is_row:
            break
        if s.startswith('#') or s.startswith('|') or s.startswith('<'):
            break
        if ITEM.match(lk):
            if name in NESTED_NOTES and is_item and indent(first) == 0 and indent(lk) > 0:
                out.append(lk)
                k += 1
                continue
            break
        out.append(lk)  # lazy paragraph continuation
        k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        cands, _ = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        drawn = 0
        for ln in order:
            if len(held) >= N:
                break
            drawn += 1
            st = entry_start(name, lines, ln)
            if st not in held:
                held.append(st)
        print(f'# {name}: {len(cands)} candidates, {drawn} drawn, '
              f'{len(held)} entries', file=sys.stderr)
        for st in sorted(held):
            raw = entry_raw(name, lines, st)
            print(f'{name}\t{st}\t' + raw.replace('\\', '\\\\').replace('\n', '\\n'))


if __name__ == '__main__':
    main()
