"""Sample 20 candidate entry lines a list with random.Random(8631), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
(No list here writes papers as headings, so headings are not candidates.)
Fenced code blocks and HTML comments are skipped.
Writes sample.jsonl: one {"list", "line"} a line (line is 1-based).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(8631)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(ln):
            cands.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            cands.append(i + 1)
        elif s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'sampled', k)
    for n in pick:
        out.append({'list': f, 'line': n})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
