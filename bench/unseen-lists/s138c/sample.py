"""Sample 20 candidate entry lines per list with random.Random(13241).

Candidates: list items (bullets -,*,+ and numbered, any indent), table body rows
(not the header row, not the |---| separator), lines starting with markdown bold
(** or __). No list here writes papers as headings, so headings are not candidates.
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13241)
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
out = []
for name in files:
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
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
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            cands.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            # header row: the row directly followed by a separator row
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(nxt):
                continue
            cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
