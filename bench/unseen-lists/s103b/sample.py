"""Sample up to 20 candidate entry lines per list with one random.Random(10321).

Candidates: list items (bullets -, *, + and numbered), table body rows, lines starting
with bold (**); fenced code blocks and HTML comments are skipped. None of these lists
writes papers as headings, so headings are not candidates. Lists are taken in sorted
file-name order; a list with 20 or fewer candidates is taken whole (no draw).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')

def candidates(lines):
    out, in_fence, in_comment, in_table = [], False, False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):          # header row
                in_table = False
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(10321)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = cand if len(cand) <= 20 else sorted(rng.sample(cand, 20))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    print(name, len(cand), 'candidates,', len(pick), 'sampled')
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
