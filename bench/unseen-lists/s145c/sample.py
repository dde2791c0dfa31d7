"""Sample up to 20 candidate entry lines per list with random.Random(13731); writes sample.jsonl."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13731)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_sep = False   # inside a table body (after a |---| separator)
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                prev_sep = True; continue
            if prev_sep:
                cands.append(i)
            continue
        prev_sep = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', ln) or s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    for i in picked:
        out.append({'list': f, 'line': i, 'text': lines[i-1]})
    print(f, len(cands), 'candidates,', k, 'sampled')
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
