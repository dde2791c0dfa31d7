"""Sample 20 candidate entry lines a list with random.Random(9681).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and, for iambabao (papers written as HTML <details><summary> blocks), the `<details>` line
that opens each block. Fenced code and HTML comments are skipped. In Chunngai__aes-papers,
the nested `  + Authors:` / `  + Conference:` / `  + Link:` / `  + <details>` sub-bullets are
fields of the parent `+ **Title**` entry, not entries of their own, so only top-level bullets count.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9681)
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if '<!--' in s and '-->' not in s:
            in_comment = True
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        is_item = bool(re.match(r'^\s*([-*+]|\d+[.)])\s+', l))
        is_row = s.startswith('|') and not re.match(r'^\|[\s:|-]+\|?$', s)
        is_bold = s.startswith('**')
        is_details = f.startswith('iambabao') and s == '<details>'
        if f.startswith('Chunngai') and is_item and re.match(r'^\s+', l):
            is_item = False  # nested field of the parent entry
        if is_row:
            # skip header rows (followed by a separator row)
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):
                is_row = False
        if is_item or is_row or is_bold or is_details:
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, len(cands), 'candidates; picked', picked)
    for n in picked:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
