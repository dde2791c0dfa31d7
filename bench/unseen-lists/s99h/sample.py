"""Sample 20 candidate entry lines a list with random.Random(9981); writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9981)

item = re.compile(r'^\s*([*+-]|\d+[.)])\s+\S')
bold = re.compile(r'^\s*\*\*')
sep = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(text):
    lines = text.split('\n')
    if not text.endswith('\n'):
        lines = lines[:-1]          # the last line was cut by the two-page limit
    out, fence, comment = [], False, False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; prev_table = False; continue
        if fence:
            continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            # table: header row is the row right before the separator; skip header and separator
            if sep.match(s):
                prev_table = True; continue
            nxt = lines[i] if i < len(lines) else ''
            if sep.match(nxt.strip()):
                continue            # header row
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if item.match(ln) or bold.match(ln):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fh:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        cand = candidates(text)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        lines = text.split('\n')
        print(f, len(cand), 'candidates')
        for n in pick:
            fh.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
