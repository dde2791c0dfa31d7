"""Sample 20 candidate entry lines a list with random.Random(11021).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold. Fenced code and HTML comments are
skipped. One generator over the lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11021)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            cands.append(i)
        elif s.startswith('|'):
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$', s):
                continue  # separator row
            if re.match(r'^\s*\|?\s*:?-+:?\s*\|', nxt.strip()):
                continue  # header row (followed by separator)
            cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    print(name, 'candidates', len(cands), 'sampled', k)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
