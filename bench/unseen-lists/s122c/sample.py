"""Sample 20 candidate entry lines per list with random.Random(12231).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. Fenced code blocks and HTML comments are skipped. One generator,
lists in sorted file-name order. Writes sample.jsonl (list, line, text).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12231)
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


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
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if not in_table and SEP_RE.match(nxt):
                continue  # header row
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates:', len(cands), 'sampled:', len(pick))
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
