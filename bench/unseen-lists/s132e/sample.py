"""Sample 20 candidate entry lines per list with random.Random(13021).

Candidates: list items (-, *, + bullets, numbered items, at any indent), table body
rows (rows after a |---| separator), lines starting with bold (**). Papers are not
written as headings in these lists, so headings are not candidates. Fenced code
and HTML comments are skipped. One generator, lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13021)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        if SEP.match(s) and '|' in s:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if re.fullmatch(r'[*\s]+', s):  # thematic break (*****), not bold
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    cand = candidates(lines)
    picked = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand), 'picked', len(picked))
    for ln in picked:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
