"""Sample 20 candidate entry lines a list (all if fewer) with random.Random(8621).

Candidates: list items (bullets incl. nested, numbered), table body rows (not the header
row nor the |---| separator), lines starting with bold. Fenced code and HTML comments skipped.
No list here writes papers as headings, so headings are not candidates.
Lists are taken in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8621)
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


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
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            # header row = a table row directly followed by a separator row
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    cand = candidates(lines)
    if len(cand) > 20:
        pick = sorted(rng.sample(cand, 20))
    else:
        pick = cand
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
