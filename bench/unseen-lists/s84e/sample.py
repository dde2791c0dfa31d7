"""Sample 20 candidate entry lines per list with random.Random(8451).

Candidates: list items (bullets -, *, + and numbered, at any indent), table body
rows (rows after a |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. No list here writes papers
as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8451)
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
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
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line):
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cands = candidates(lines)
    picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'picked', len(picked))
    for ln in picked:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
