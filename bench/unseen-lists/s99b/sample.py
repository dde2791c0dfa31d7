"""Sample 20 candidate entry lines per list with random.Random(9921).

Candidates: list items (bullets `-`/`*`/`+`, numbered `1.`), table body rows,
and unindented lines starting with bold. Fenced code blocks and HTML comments
are skipped. Indented continuation lines of an item (e.g. a second title line
or an authors line under a numbered item) are not separate candidates.
No list here writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9921)
item_re = re.compile(r'^\s{0,3}([-*+]|\d+[.)])\s+\S')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
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
        if item_re.match(ln):
            cands.append(i)
        elif s.startswith('|') and not re.match(r'^\|?\s*:?-{2,}', s):
            cands.append(i)  # table rows (header rows removed below)
        elif ln.startswith('**'):
            cands.append(i)
    # drop table header rows (row followed by a separator row)
    cands = [c for c in cands if not (lines[c - 1].strip().startswith('|') and c < len(lines)
             and re.match(r'^\|?\s*:?-{2,}', lines[c].strip()))]
    pick = rng.sample(cands, min(20, len(cands)))
    for c in sorted(pick):
        out.append({'list': f, 'line': c, 'text': lines[c - 1]})
    print(f, len(cands), 'candidates')
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
