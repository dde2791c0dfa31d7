"""Sample 20 candidate entry lines a list with random.Random(10171).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
headings when papers are written as headings (none of these three lists does that).
Fenced code and HTML comments are skipped.
Fallback (judgement call): a list with no such candidates at all (YoungJay0612, whose entries are
plain paragraphs of `paper title:` / `标题：` / `paper link:` lines under date headings) uses
paragraph-start lines instead: a non-blank, non-heading line whose previous line is blank or a heading.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(10171)

def usable(lines):
    """Yield (lineno, text) for lines outside fenced code and HTML comments."""
    fence = None; comment = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if comment:
            if '-->' in s: comment = False
            continue
        if fence:
            if s.startswith(fence): fence = None
            continue
        m = re.match(r'^\s*(```+|~~~+)', l)
        if m: fence = m.group(1)[:3]; continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        yield i, l

def candidates(lines):
    out = []; in_table = False; prev_sep = False
    for i, l in usable(lines):
        s = l.strip()
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', l):
            out.append(i); continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s): prev_sep = True; continue
            if prev_sep or in_table:
                in_table = True; out.append(i)
            continue
        in_table = False; prev_sep = False
        if s.startswith('**'): out.append(i)
    return out

def paragraph_starts(lines):
    out = []; prev = ''
    for i, l in usable(lines):
        s = l.strip()
        if s and not re.match(r'^#{1,6}\s', l) and (prev.strip() == '' or re.match(r'^#{1,6}\s', prev)):
            out.append(i)
        prev = l
    return out

rows = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    c = candidates(lines)
    kind = 'markdown'
    if not c:
        c = paragraph_starts(lines); kind = 'paragraph-start fallback'
    pick = sorted(rng.sample(c, min(20, len(c))))
    print(f, len(c), 'candidates', kind)
    for n in pick:
        rows.append({'list': f, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
