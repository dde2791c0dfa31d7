import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9181)
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
def candidates(lines):
    out = []
    in_fence = False; in_comment = False
    in_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; in_table = False; continue
        if in_fence: continue
        if in_comment:
            if '-->' in ln: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if SEP.match(ln) and '|' in ln:
            in_table = True; continue
        if in_table:
            if '|' in ln and s:
                out.append(i + 1); continue
            in_table = False
        # header row right before a separator is not a candidate
        if '|' in ln and i + 1 < len(lines) and SEP.match(lines[i + 1]) and '|' in lines[i + 1]:
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', ln):
            out.append(i + 1); continue
        if re.match(r'^\s*\*\*', ln) or re.match(r'^\s*__\S', ln):
            out.append(i + 1); continue
    return out
rows = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    for n in pick:
        rows.append({'list': f, 'line': n, 'text': lines[n - 1], 'n_candidates': len(cand)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows))
