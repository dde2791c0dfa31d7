"""Sample 20 candidate entries a list with random.Random(12831), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and, because Evan-wyl's file writes every paper as a plain paragraph line "[YEAR] [Title](url)",
paragraph lines of that shape (treated like "papers written as headings": the list's own entry form).
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12831)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
YEARPARA = re.compile(r'^\[\d{4}\] \[')

out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, fence, comment, prev_table = [], False, False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if TABLE.match(ln):
            # body rows only: skip header (followed by separator) and separator rows
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(ln) or (SEP.match(nxt) and not prev_table):
                prev_table = True; continue
            prev_table = True
            cands.append(i); continue
        prev_table = False
        if BULLET.match(ln) or BOLD.match(ln) or YEARPARA.match(ln):
            cands.append(i)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
