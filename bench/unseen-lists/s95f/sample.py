"""Sample 20 candidate entry lines a list with random.Random(9561).

Candidates: list items (bullets / numbered), table body rows (rows after a
|---| separator row), lines starting with bold (** or <strong>/<b>).
No list writes papers as headings, so headings are not candidates.
Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9561)

SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        if SEP.match(s) and '|' in s:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i)
        elif re.match(r'^\s*(\*\*|__|<strong>|<b>)', line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f, 'candidates', len(cands), 'picked', len(pick))
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
