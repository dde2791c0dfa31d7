"""Sample 20 candidate entry lines per list with random.Random(13711).

Candidate lines: list items (bullets -,*,+ and numbered), markdown table body rows,
HTML <tr> rows inside <tbody> (table body rows written as HTML), lines starting with bold.
Headings are not candidates (no list here writes papers as headings).
Skipped: fenced code blocks and HTML comments.
Judgement: in sdsy888 a paper is a title bullet with indented detail bullets
(authors / links); those indented detail bullets are part of the parent entry, not
separate candidates.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13711)
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    in_tbody = False
    md_table_sep_seen = False
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
        if '<tbody>' in s:
            in_tbody = True
        if '</tbody>' in s:
            in_tbody = False
        if s.startswith('|'):
            if re.match(r'^\|[\s:|-]+\|?$', s):
                md_table_sep_seen = True
                continue
            if md_table_sep_seen:
                cands.append(i)
            continue
        else:
            md_table_sep_seen = False
        if in_tbody and s.startswith('<tr'):
            cands.append(i)
            continue
        if BULLET.match(ln):
            if f.startswith('sdsy888__') and ln.startswith('  '):
                continue  # detail bullet of a paper entry
            cands.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'sampled', k)
    for i in picked:
        out.append({'list': f, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
