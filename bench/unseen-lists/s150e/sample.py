import json, random, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(14101)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False; in_comment = False; in_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in ln: in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; continue
        if in_fence: continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True; continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if BULLET.match(ln) or s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'picked', k)
    for i in picked:
        out.append({'list': name, 'line': i, 'text': lines[i-1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
