"""Sample 20 candidate entry lines a list with random.Random(11631).

Candidates: list items (bullets -,*,+ and numbered N. / N)), markdown table body rows
(not the header row, not the |---| separator), lines starting with bold (**), and
headings only where a list writes papers as headings (none of the three lists here does).
Fenced code blocks and HTML comments are skipped. HTML <tr> rows are not markdown table
rows and are not candidates.
An indented sub-bullet that is a detail line of the paper entry above it (the
dmhdmhdmh list writes each paper as "N. 📜 **Title**" followed by "- 📖 venue",
"- 📄 [PDF]", "- 💻 [Code]" sub-bullets) is part of that entry, not a candidate of its own.
One generator for all lists, lists in sorted file-name order; a list with 20 or fewer
candidates is taken whole without drawing from the generator.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11631)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
DETAIL_RE = re.compile(r'^\s+[-*+]\s+(📖|📄|💻)')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if DETAIL_RE.match(l):
            continue
        if LIST_RE.match(l):
            out.append(i)
        elif s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(s):
                continue
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
