#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7841), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator),
lines starting with bold, and heading lines that are papers' titles (H2-H4 headings whose
text is wholly bold, as hflyzju writes one benchmark paper per "### **Name — ...**" heading).
Fenced code and HTML comments are skipped. A drawn line maps to the start of its entry:
a line inside the body of a paper heading belongs to that heading.
"""
import glob, os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^(#{1,6})\s+(.*)$')
PAPER_HEAD_RE = re.compile(r'^#{2,4}\s+\*\*.+\*\*\.?\s*$')


def candidates(lines):
    cands = []          # (line_no, entry_start)
    in_fence = False
    in_comment = False
    paper_head = None   # line number of the current paper heading, if any
    for i, line in enumerate(lines):
        n = i + 1
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        m = HEAD_RE.match(line)
        if m:
            if PAPER_HEAD_RE.match(line):
                paper_head = n
                cands.append((n, n))
            else:
                paper_head = None
            continue
        if s == '---':
            paper_head = None
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            cands.append((n, n))
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            cands.append((n, paper_head if paper_head else n))
    return cands


def main():
    rng = random.Random(7841)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for n, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(f'{os.path.basename(f)}: {len(lines)} lines, {len(cands)} candidates, '
              f'{len(set(s for _, s in cands))} entries, drew {len(held)}', file=sys.stderr)
        for s in held:
            out.append({'list': os.path.basename(f), 'line': s})
    for o in out:
        print(json.dumps(o))


if __name__ == '__main__':
    main()
