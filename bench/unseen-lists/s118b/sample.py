"""Sample 20 candidate entry lines per list with random.Random(11821), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11821)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fenced, comment, in_table = [], False, False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fenced = not fenced; continue
        if fenced:
            continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True; continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if ITEM.match(ln) or s.startswith('**'):
            out.append(i + 1)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().splitlines()
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, len(lines), 'lines', len(cand), 'candidates')
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
