import json, random, re, glob, os
D = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9311)
out = []
for path in sorted(glob.glob(os.path.join(D, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands = []
    in_fence = False; in_comment = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; continue
        if in_fence: continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', ln): cands.append(i)
        elif s.startswith('|') and not re.match(r'^\|?\s*:?-{3,}', s):
            # table body rows: skip header rows (line followed by a --- separator)
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', nxt): continue
            cands.append(i)
        elif s.startswith('**'): cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i-1]})
    print(name, len(cands), 'candidates,', k, 'sampled')
with open(os.path.join(D, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
