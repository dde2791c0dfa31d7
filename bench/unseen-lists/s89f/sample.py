"""Sample 20 candidate entry lines per list with one random.Random(8961), lists in sorted file-name order.

Candidates: list items (bullets '-', '*', '+', numbered '1.'), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows.
Judgement: an indented list item whose parent list item is a bold-title paper entry
('- **Title (Venue Year)**' in the gradient-boosting list) is a detail line (authors / [[Paper]] / [[Code]])
of that entry, not an entry of its own, so it is not a candidate (the entry is sampled via its parent line).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(8961)
out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    parents = []  # stack of (indent, is_bold_entry)
    for i, ln in enumerate(lines, 1):
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
        m = LIST_RE.match(ln)
        if m:
            ind = len(m.group(1))
            while parents and parents[-1][0] >= ind:
                parents.pop()
            detail = any(b for _, b in parents)
            body = ln[m.end() - 1:]
            parents.append((ind, body.startswith('**')))
            if not detail:
                cands.append(i)
            continue
        if s == '':
            continue
        if not ln.startswith((' ', '\t')):
            parents = []
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|?\s*:?-{2,}', nxt):
                continue  # header row
            cands.append(i)
            continue
        if s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(fn, 'candidates', len(cands), 'sampled', k)
    for ln_no in picked:
        out.append({'list': fn, 'line': ln_no, 'text': lines[ln_no - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
