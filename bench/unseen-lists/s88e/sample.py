"""Sample 20 candidate entry lines per list with random.Random(8851).

Candidates: Markdown list items (bullets, numbered), table body rows (not header,
not the |---| delimiter), lines starting with bold, and headings when the list
writes papers as headings (none of these three lists does). Fenced code and HTML
comments are skipped. One generator, lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8851)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
DELIM = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_table = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # table row: the header is the row right before the delimiter
            nxt = lines[i] if i < len(lines) else ''
            if DELIM.match(l) or DELIM.match(nxt):
                prev_table = True
                continue
            cands.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(l) or s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(name, len(cands), 'candidates ->', k)
    for n in pick:
        out.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
