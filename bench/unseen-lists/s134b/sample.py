"""Sample up to 20 candidate entry lines per list with random.Random(13131).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), lines starting with bold, and paper headings (shenyizg writes
papers as headings "## **N. Title**").  Fenced code and HTML comments are skipped.
Judgement call: in shenyizg the bold-start lines **SubmitDate** / **Authors** /
**Abstract** that sit inside a paper-heading entry are continuation lines of that
entry, not entries, so they are not candidates; bold lines outside a paper
entry (e.g. "**update at ...**") stay candidates.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
PAPER_HEADING = re.compile(r'^#{1,6}\s+\*\*\d+\.\s')

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_paper = False
    prev_table_header = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        if re.match(r'^#{1,6}\s', s) or re.match(r'^<h[1-6]', s):
            in_paper = bool(PAPER_HEADING.match(s))
            if in_paper:
                out.append(i)
            continue
        if s.startswith('|'):
            # separator row?
            if re.match(r'^\|?[\s:\-|]+$', s):
                continue
            # header row: the next line is a separator row
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|?[\s:\-|]+$', nxt) and '-' in nxt:
                continue
            out.append(i)
            continue
        if re.match(r'^([-*+]|\d+[.)])\s', s):
            out.append(i)
            continue
        if s.startswith('**'):
            if not in_paper:
                out.append(i)
            continue
    return out

rng = random.Random(13131)
rows = []
for name in FILES:
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
