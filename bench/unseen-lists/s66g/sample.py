#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6671), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows,
not rows whose cells are all empty), lines starting with bold, and heading lines that are
paper titles (none of the three lists writes papers as headings). Fenced code and HTML
comments are skipped. A drawn line is mapped to the start of its entry (continuation lines
belong to the entry's first line); drawing continues until 20 distinct entries are held.
Writes sample.jsonl (list, line, raw) and prints candidate counts.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = None
    comment = False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if '-->' in ln:
                comment = False
            continue
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^\s*(```+|~~~+)', ln)
        if m:
            fence = m.group(1)[:3]
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s:
                comment = True
            continue
        out.append(False)
    return out


def indent(ln):
    return len(ln) - len(ln.lstrip(' '))


def analyse(lines):
    """Return (candidates, entry_start) where entry_start maps a line index to its entry start."""
    mask = masked(lines)
    cands = []
    start = {}
    # tables: a header row followed by a separator row; body rows until a blank line
    in_table = False
    for i, ln in enumerate(lines):
        if mask[i]:
            in_table = False
            continue
        is_sep = bool(SEP_RE.match(ln)) and '-' in ln and '|' in ln
        if is_sep and i > 0 and '|' in lines[i - 1]:
            in_table = True          # header row is lines[i-1]; body rows follow
            continue
        if i + 1 < len(lines) and '|' in ln and SEP_RE.match(lines[i + 1]) and '-' in lines[i + 1]:
            in_table = False         # header row
            continue
        if in_table:
            if ln.strip() == '' or '|' not in ln:
                in_table = False
            else:
                cells = [c.strip() for c in ln.strip().strip('|').split('|')]
                if any(cells):
                    cands.append(i)
                    start[i] = i
                continue
        if LIST_RE.match(ln) or BOLD_RE.match(ln):
            cands.append(i)
            start[i] = i
            # continuation lines: following non-blank, more-indented, non-item, non-heading lines
            j = i + 1
            while j < len(lines) and lines[j].strip() and not mask[j] \
                    and not LIST_RE.match(lines[j]) and not HEAD_RE.match(lines[j]) \
                    and not BOLD_RE.match(lines[j]) and indent(lines[j]) > indent(ln):
                start[j] = i
                j += 1
    return cands, start


def entry_raw(lines, s, start):
    j = s + 1
    while j < len(lines) and start.get(j) == s:
        j += 1
    return '\n'.join(lines[s:j])


def main():
    rng = random.Random(6671)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands, start = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = start[i]
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} entries drawn')
        for s in held:
            out.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, s, start)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
