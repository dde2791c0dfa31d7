"""Sample 20 candidate entry lines per list with random.Random(8981).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and blockquote lines with content (one list writes its papers as `> Title [badge](link) <br>`
lines).  No list here writes papers as headings.  Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(8981)

LIST_RE = re.compile(r'^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*')
QUOTE_RE = re.compile(r'^\s*>\s*\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            cands.append(i + 1)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line) or QUOTE_RE.match(line):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'sampled', k)
    for n in picked:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
