"""Sample 20 candidate entry lines a list with random.Random(11271).

Candidates: list items (bullets, numbered), table body rows (rows after a
|---| separator), lines starting with bold. Fenced code and HTML comments are
skipped. The cut last line of a partial file (no final newline) is left out.
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11271)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
        last_cut = False
    else:
        last_cut = True
    cands = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if re.match(r'^(```|~~~)', s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if last_cut and i == len(lines):
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', ln) or s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'sampled', k)
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
