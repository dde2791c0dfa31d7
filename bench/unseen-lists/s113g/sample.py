"""Sample 20 candidate entry lines per list with random.Random(11371).

Candidates: list items (bullets -,*,+ and numbered, any indent), table body rows
(rows after a header+separator), lines starting with bold. Fenced code and HTML
comments are skipped. None of these three lists writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11371)
item_re = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
sep_re = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
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
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if sep_re.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i + 1)
            continue
        in_table = False
        if item_re.match(line) or s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, len(cands), 'candidates, sampled', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
