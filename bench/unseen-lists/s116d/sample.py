"""Sample 20 candidate entry lines per list with random.Random(11641).

Candidates: list items (-, *, + bullets; numbered items), markdown table body rows,
lines starting with bold (**), skipping fenced code blocks and HTML comments.
Papers are not written as headings in these three lists, so headings are not candidates.
Judgement: an indented list item that only carries the venue/links of the item above it
(FLNK's "  + (Arxiv 2018) [[paper]](...)" lines) is part of that entry, not an entry of its
own, so it is not a candidate (the parent line is).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        m = BULLET.match(line)
        if m:
            indent = len(m.group(1))
            rest = line[m.end(2):].strip()
            if indent > 0 and (rest.startswith('(') or rest.startswith('**(')):
                continue  # venue/link line of the entry above
            out.append(i)
            continue
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(11641)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
