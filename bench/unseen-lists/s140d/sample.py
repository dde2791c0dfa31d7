"""Sample 20 candidate entry lines per list with random.Random(13391).

Candidates: list items (bullets -, *, +, numbered; any indentation), table body rows,
lines starting with bold (after leading whitespace). Papers are not written as headings in
these lists, so headings are not candidates. Fenced code and HTML comments are skipped.
For a partial file (cut mid-line) the cut last line is left out; a complete file without a
final newline keeps its last line.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13391)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

PARTIAL = {'QizhiPei__Awesome-Biomolecule-Language-Cross-Modeling.README.md'}

def candidates(text, partial):
    lines = text.split('\n')
    if text.endswith('\n'):
        lines = lines[:-1]          # empty string after the final newline
    elif partial:
        lines = lines[:-1]          # cut last line of a partial file
    out = []
    in_fence = in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
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
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            # header row (before separator) is not a body row
            continue
        prev_table = False
        if BULLET.match(ln) or s.startswith('**'):
            out.append(i)
    return out, lines

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    cands, lines = candidates(text, name in PARTIAL)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
