"""Sample 20 candidate entry lines per list with random.Random(11031).

Candidates: list items (bullets -,*,+ and numbered 1. at any indent), table body rows
(rows after a header + separator), lines starting with bold (**), and, for d9249__Learning
(which writes its reviewed papers as keycap-numbered headings '## 1️⃣ [Title.] [03]'),
those keycap-numbered headings. Fenced code and HTML comments are skipped.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(11031)

LIST = re.compile(r'^\s*([-*+]|\d+\.)\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
KEYCAP_HEADING = re.compile(r'^#{1,6}\s+\d\ufe0f\u20e3')

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        # tables
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        else:
            in_table = False
        if LIST.match(line) and not re.match(r'^\s*[-*_]{3,}\s*$', line):
            out.append(i)
        elif s.startswith('**') and line.startswith('**'):
            out.append(i)
        elif name.startswith('d9249__') and KEYCAP_HEADING.match(line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w') as f:
    for name in files:
        lines = open(os.path.join(HERE, name), encoding='utf-8', newline='').read().split('\n')
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, 'candidates', len(cands), 'sampled', k)
        for i in picked:
            f.write(json.dumps({'list': name, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')
