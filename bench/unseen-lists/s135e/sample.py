"""Sample 20 candidate entry lines a list with random.Random(13171); writes sample.jsonl.
Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
(headings only when a list writes papers as headings: none of these three does).
Fenced code and HTML comments are skipped."""
import json, os, random, re
D = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(D) if f.endswith('.README.md'))
rng = random.Random(13171)
item = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
bold = re.compile(r'^\s*(\*\*|__)\S')
sep = re.compile(r'^\s*\|?\s*:?-{3,}')
out = []
for f in files:
    lines = open(os.path.join(D, f), encoding='utf-8').read().split('\n')
    cands = []
    fence = False; comment = False; table_header_seen = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in l: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            # table body rows: skip header row (followed by separator) and separator
            if sep.match(s): continue
            nxt = lines[i] if i < len(lines) else ''
            if sep.match(nxt.strip()): continue
            cands.append(i); continue
        if item.match(l) or bold.match(l):
            cands.append(i)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(f, len(cands), 'candidates')
    for i in pick:
        out.append({'list': f, 'line': i, 'text': lines[i-1]})
with open(os.path.join(D, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
