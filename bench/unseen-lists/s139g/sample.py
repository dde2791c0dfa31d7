"""Sample 20 candidate entry lines per list with random.Random(13351).

Candidates: list items (bullets -,*,+ and numbered, at any indent), markdown table body
rows (not the header row, not the |---| separator), lines starting with bold (** or __).
Fenced code blocks and HTML comments are skipped. No list here writes papers as headings.
The last line of a partial file (cut mid-entry by the 2-page read limit) is left out.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {'Armorhtk__awesome-mmwave-radar-perception.README.md',
           'ZHOUYI1023__awesome-radar-perception.README.md'}
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(line) or s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

rng = random.Random(13351)
rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
    text = open(os.path.join(HERE, name), encoding='utf-8').read()
    lines = text.split('\n')
    cand = candidates(lines)
    if name in PARTIAL and cand and cand[-1] == len(lines) - 1:
        cand = cand[:-1]
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates:', len(cand))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
