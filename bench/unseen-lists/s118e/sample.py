"""Sample 20 candidate entries per list with random.Random(11851), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ or numbered N. / N)), table body rows (rows after a
|---| separator row), and lines starting with bold (**). Fenced code blocks and HTML comments
(including multi-line ones) are skipped. Blockquoted lines (starting with '>') are not candidates.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11851)
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, len(cands), 'candidates;', len(pick), 'sampled')
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
