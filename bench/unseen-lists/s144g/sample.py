"""Sample 20 candidate entry lines per list with random.Random(13701).

Candidates: list items (bullets / numbered, any indent), table body rows
(not the header row or the |---| separator), lines starting with bold.
Fenced code and HTML comments are skipped. No list here writes papers as
headings, so headings are not candidates. One generator, lists in sorted
file-name order; a list with <= 20 candidates is taken whole (the generator
is not called for it).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13701)
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
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
        if LIST_RE.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP_RE.match(s):
                continue
            # header row = the row directly followed by a separator row
            if i + 1 < len(lines) and SEP_RE.match(lines[i + 1].strip()):
                continue
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

rows = []
for f in files:
    text = open(os.path.join(HERE, f), encoding='utf-8').read()
    lines = text.split('\n')
    cand = candidates(lines)
    pick = cand if len(cand) <= 20 else sorted(rng.sample(cand, 20))
    print(f, 'lines', len(lines), 'candidates', len(cand), 'sampled', len(pick))
    for i in pick:
        rows.append({'list': f, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
