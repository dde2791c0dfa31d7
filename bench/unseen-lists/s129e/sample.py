"""Sample 20 candidate entry lines per list with random.Random(12811).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the header row or the
|---| separator), lines starting with bold (**), skipping fenced code blocks and HTML comments.
No list here writes papers as headings, so headings are not candidates.
Lists are taken in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12811)
BULLET = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
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
        if s.startswith('|'):
            if SEP.match(s):
                prev_table = True
                continue
            # header row: a table row followed by a separator row
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                prev_table = True
                continue
            out.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
