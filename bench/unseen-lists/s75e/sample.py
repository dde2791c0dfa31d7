#!/usr/bin/env python3
"""Sample 20 entries a list for s75e with ONE random.Random(7551) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows), lines
starting with bold; fenced code and HTML comments are skipped (no list here writes papers as headings).
Each drawn line is mapped to the start of the entry it belongs to:
  * an indented list item under a top-level list item that carries a link (a paper with note
    sub-bullets) belongs to that item; under a link-less top-level item (a category label such as
    "1. 机器学习") it is its own entry;
  * a top-level "- " bullet with no link that directly follows a numbered link item in the same
    section (the study note after "1. [When Federated Recommendation Meets Cold-Start ...]") belongs
    to that item.
Output: sample.json, one record a list with the candidates count and the drawn entries (start line,
end line, raw).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+\.)\s')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def read_lines(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    return [l.rstrip('\r') for l in text.split('\n')]


def analyse(lines):
    n = len(lines)
    skip = [False] * n
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = True
            continue
        if comment:
            skip[i] = True
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                comment = True
    cands = []
    for i, l in enumerate(lines):
        if skip[i] or not l.strip():
            continue
        s = l.strip()
        if ITEM.match(l) or s.startswith('**'):
            cands.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if SEP.match(nxt) and nxt:
                continue  # header row
            cands.append(i)
    # entry start of every candidate
    start = {}
    last_top = None      # index of last top-level list item in the current block
    last_top_link = False
    last_entry_numbered_link = None
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        if HEAD.match(l):
            last_top = None
            last_entry_numbered_link = None
            continue
        m = ITEM.match(l)
        if m:
            indent = len(m.group(1).expandtabs(4))
            has_link = bool(re.search(r'\]\((?!#)', l))  # a real link, not a '#anchor' (ToC)
            if indent >= 2 and last_top is not None and last_top_link:
                start[i] = last_top
                continue
            if indent < 2 and m.group(2) == '-' and not has_link and last_entry_numbered_link is not None:
                start[i] = last_entry_numbered_link
                continue
            start[i] = i
            if indent < 2:
                last_top = i
                last_top_link = has_link
                last_entry_numbered_link = i if (m.group(2)[0].isdigit() and has_link) else None
            continue
        start[i] = i
    return cands, start


def entry_raw(lines, start, s):
    members = [i for i, v in start.items() if v == s]
    end = max(members)
    return '\n'.join(lines[s:end + 1]), end


def main():
    rng = random.Random(7551)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = read_lines(path)
        cands, start = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        draws = 0
        for i in order:
            draws += 1
            s = start.get(i, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        entries = []
        for s in held:
            raw, end = entry_raw(lines, start, s)
            entries.append({'line': s + 1, 'end': end + 1, 'raw': raw})
        out.append({'list': name, 'candidates': len(cands), 'draws': draws, 'entries': entries})
        print(name, 'candidates', len(cands), 'drawn lines', draws, 'entries', len(entries))
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
