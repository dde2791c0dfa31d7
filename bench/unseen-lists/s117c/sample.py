"""Sample 20 candidate entry lines a list, random.Random(11731), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered, nested ones included), table body rows,
lines starting with bold. None of these lists writes papers as headings, so headings are not
candidates. Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11731)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, fence, comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        is_table = s.startswith('|')
        if is_table:
            if SEP.match(s) or not prev_table:   # header row or separator
                prev_table = True
                continue
            cands.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            cands.append(i)
        prev_table = is_table
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    for i in picked:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
    print(name, 'candidates', len(cands), 'sampled', k)

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
