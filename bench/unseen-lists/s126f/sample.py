"""Sample up to 20 candidate entry lines a list with random.Random(12581)."""
import json, re, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12581)
CAND = re.compile(r'^\s*(?:[-*+]\s|\d+[.)]\s|\|)|^\s*\*\*')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands, fence, comment = [], False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if not CAND.match(ln): continue
        if s.startswith('|') and re.match(r'^\|[\s:\-|]+\|?$', s): continue  # table separator
        cands.append(i)
    # table header rows: first row before a separator row
    picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(f, 'candidates', len(cands), 'picked', len(picked))
    for i in picked:
        out.append({'list': f, 'line': i, 'text': lines[i-1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
