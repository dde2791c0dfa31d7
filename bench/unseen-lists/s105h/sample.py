"""Sample 20 candidate entries per list with random.Random(10581).

Candidates: list items (-, *, + bullets or "N." numbered, any indent), table body rows
(lines starting with "|" that are neither a header row nor a |---| separator row), and
lines starting with bold "**". Fenced code and HTML comments are skipped. Blockquote lines
("> - ...") are not list items and are not candidates. The last line of each file is cut
mid-entry by the partial save (first read_file page only) and is left out.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(10581)
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    n = len(lines)
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if i == n - 1:
            continue  # cut mid-entry by the partial save
        is_row = False
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if SEP.match(nxt):
                continue  # header row
            is_row = True
        if is_row or ITEM.match(ln) or s.startswith('**'):
            cands.append(i + 1)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(f, len(cands), 'candidates')
    for ln in picked:
        out.append({'list': f, 'line': ln, 'raw': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
