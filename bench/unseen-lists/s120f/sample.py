"""Sample 20 candidate entry lines a list with random.Random(12061).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
(No list here writes papers as headings, so headings are not candidates.)
Fenced code and HTML comments are skipped. Lists are taken in sorted file-name order,
one generator for all.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12061)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_table_body = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table_body = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table_body = True
                continue
            if in_table_body:
                cands.append(i)
            continue
        in_table_body = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            cands.append(i)
        elif s.startswith('**'):
            cands.append(i)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    for i in picked:
        out.append({'list': name, 'line': i, 'text': lines[i - 1], 'n_candidates': len(cands)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
