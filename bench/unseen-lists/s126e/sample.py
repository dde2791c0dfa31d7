"""Sample 20 candidate entry lines a list with random.Random(12571).

Candidates: list items (`*`, `-`, `+`, numbered, and the `•` bullet character used as
a bullet by gongyan1/SafeBEV), table body rows, lines starting with bold. Papers are
not written as headings in these three lists, so headings are not candidates.
Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12571)

item = re.compile(r'^\s*(?:[*+-]|\d+[.)]|•)\s+\S')
bold = re.compile(r'^\s*\*\*\S')
row = re.compile(r'^\s*\|')
sep = re.compile(r'^\s*\|?\s*:?-{2,}')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands, fence, comment = [], False, False
    prev_row = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in l:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in l:
                comment = True
            continue
        if row.match(l):
            # table body row: not the header (next line is separator) and not the separator
            is_sep = bool(sep.match(l)) and set(s) <= set('|:- ')
            nxt = lines[i] if i < len(lines) else ''
            is_header = bool(sep.match(nxt)) and set(nxt.strip()) <= set('|:- ')
            if not is_sep and not is_header:
                cands.append(i)
            continue
        if item.match(l) or bold.match(l):
            cands.append(i)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(f, len(cands), 'candidates')
    for n in pick:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
