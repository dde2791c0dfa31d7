"""Sample 20 candidate entry lines per list with random.Random(12731).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. (None of these lists writes papers as headings, so headings are not
candidates.) Fenced code and HTML comments are skipped. One generator, lists in
sorted file-name order. Writes sample.jsonl.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12731)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment, in_table, header_seen = [], False, False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if not in_table:
                in_table, header_seen = True, False
                continue  # header row
            if SEP.match(s):
                header_seen = True
                continue
            out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates:', len(cand), 'sampled:', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
