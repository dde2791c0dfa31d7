"""Sample 20 candidate entry lines per list with random.Random(9941).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings in lists that write papers as headings (adv-patch list: level-4 headings).
Skipped: fenced code, HTML comments.
Judgement call (adv-patch list): numbered/bold lines inside a paper-heading entry (the study
notes under a `#### [Title](url)` heading, up to the next heading) are part of that entry,
not entries of their own, so they are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
PAPER_HEADINGS = {'inspire-group__adv-patch-paper-list.README.md'}

item_re = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
table_sep = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_paper_heading = False
    for i, ln in enumerate(lines, 1):
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
        if re.match(r'^#{1,6}\s', s):
            in_paper_heading = False
            if name in PAPER_HEADINGS and s.startswith('#### '):
                out.append(i)
                in_paper_heading = s.startswith('#### [')
            continue
        if in_paper_heading:
            continue
        if item_re.match(ln) or s.startswith('**'):
            out.append(i)
        elif s.startswith('|') and not table_sep.match(s):
            out.append(i)  # header rows are filtered by hand if sampled
    return out

rng = random.Random(9941)
rows = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = candidates(f, lines)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(f, len(cands), 'candidates')
    for ln in picked:
        rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
