"""Sample 20 candidate entry lines a list with random.Random(11971).

Candidates: list items (bullets; numbered `1.`/`1)` even without a following
space, e.g. `43.WU Z C`; and reference-numbered lines `[1] ...`), table body
rows (not the header row, not the separator row), lines starting with bold.
Fenced code blocks and HTML comments are skipped. No list here writes papers
as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(11971)

SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]\s|\d+[.)]|\[\d+\])')
BOLD = re.compile(r'^\s*\*\*')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            cands.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates:', len(cands), 'sampled:', k)
    for ln in picked:
        out.append({'list': f, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
