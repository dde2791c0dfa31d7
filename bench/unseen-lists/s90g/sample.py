"""Sample 20 candidate entry lines a list with random.Random(9071), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ followed by space; numbered '1.' / '1)'; and '[n] ' reference-numbered
lines, which these lists use as numbered items), markdown table body rows (rows after a |---| separator),
lines starting with bold (** or __). Fenced code and HTML comments are skipped. No list here writes papers
as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(9071)

BULLET = re.compile(r'^\s*([-*+])\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s+\S')
REFNUM = re.compile(r'^\s*\[\d+\]\s*\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

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
        if SEP.match(line) and '|' in line:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if BULLET.match(line) or NUMBERED.match(line) or REFNUM.match(line) or BOLD.match(line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for name in files:
        text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'lines', len(lines), 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
