"""Sample 20 candidate entry lines per list with random.Random(12801).

Candidates: list items (bullets -,*,+ and numbered N. / N)), table body rows
(not the header row, not the |---| separator), lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. None of these lists writes
papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(12801)

SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for name in files:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, 'candidates:', len(cands), 'picked:', len(picked))
        for ln in picked:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
