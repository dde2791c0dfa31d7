"""Sample 20 candidate entry lines per list with random.Random(8411).

Candidates: list items (bullets / numbered), table body rows (not the header
row or the |---| separator row), lines starting with bold (**...).
Skipped: fenced code blocks, HTML comments.
Judgement: in XueyangFeng the `**TLDR**: ...` line directly under a title line
ending in `<br>` is the second line of the same entry, not a new entry, so it
is not a candidate (the entry is sampled through its title line).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8411)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table row
    table_row_idx = 0
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            table_row_idx = table_row_idx + 1 if prev_table else 1
            prev_table = True
            if table_row_idx >= 3:  # skip header and separator rows
                cands.append(i)
            continue
        prev_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', ln):
            cands.append(i)
            continue
        if s.startswith('**'):
            if s.startswith('**TLDR**') and i >= 2 and lines[i - 2].rstrip().endswith('<br>'):
                continue
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'sampled', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
