#!/usr/bin/env python3
"""Sample up to 20 candidate entry lines per list with random.Random(9141).

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold, and, in a list that writes papers as headings (ljrprocc), its level-4
headings. Detail bullets that sit under a paper heading (Paper/Code/简述 lines)
are part of that heading's entry, not entries of their own, so they are not
candidates. Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPERS = {"ljrprocc__Awesome-Text-Detection.README.md"}

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_paper_heading = False
    prev_table_sep = False
    in_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = re.match(r'^(#{1,6})\s+(.*)$', s)
        if m:
            in_table = False
            if name in HEADING_PAPERS:
                level = len(m.group(1))
                # a paper heading: level 4 and not a numbered category ("1.1 ...")
                in_paper_heading = level == 4 and not re.match(r'^\d', m.group(2))
                if level == 4:
                    out.append(i)
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if re.match(r'^([-*+]|\d+[.)])\s+', s):
            if name in HEADING_PAPERS and in_paper_heading:
                continue
            out.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

rng = random.Random(9141)
rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    cand = candidates(name, lines)
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
