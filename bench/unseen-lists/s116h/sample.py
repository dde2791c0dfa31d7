import json, random, re, os
D = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {'Sugeradi985__Awesome-SAR-Detection.README.md'}  # papers written as headings
files = sorted(f for f in os.listdir(D) if f.endswith('.README.md'))
rng = random.Random(11681)
out = []
for f in files:
    lines = open(os.path.join(D, f), encoding='utf-8').read().split('\n')
    cands = []
    fence = False; comment = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        is_c = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', l): is_c = True
        elif s.startswith('|') and not re.match(r'^\|?\s*:?-{3,}', s):
            # table body row: skip header row (row followed by separator)
            j = i  # next line index (0-based = i)
            nxt = lines[j].strip() if j < len(lines) else ''
            if not re.match(r'^\|?\s*:?-{3,}', nxt): is_c = True
        elif s.startswith('**'): is_c = True
        elif f in HEADING_LISTS and re.match(r'^#{1,6}\s', s): is_c = True
        if is_c: cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for n in pick:
        out.append({'list': f, 'line': n, 'text': lines[n-1]})
    print(f, len(cands), k)
with open(os.path.join(D, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
