"""Sample 20 candidate entry lines per list with random.Random(13191).

Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.` / `1)` including
`43.WU ...` with no space after the dot), bracket-numbered references (`[1] ...`),
table body rows, and lines starting with bold. Fenced code blocks and HTML comments
are skipped. No list here writes papers as headings, so headings are not candidates.
Lists are taken in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = re.compile(r'^\s*(?:[-*+]\s|\d+[.)]|\[\d+\]|\*\*|\|)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if not CAND.match(line):
            continue
        if s.startswith('|') and SEP.match(s):
            continue
        out.append(i)
    return out

rng = random.Random(13191)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    lines = [l[:-1] if l.endswith('\r') else l for l in lines]
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands))
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
