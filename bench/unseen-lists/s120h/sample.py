"""Sample 20 candidate entry lines a list with random.Random(12081); writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12081)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
# wx0303 writes each paper's details as indented sub-bullets (Key / Agent Type / TLDR / Date):
# those are continuation lines of the paper entry above, not entries of their own.
DETAIL = re.compile(r'^\s+[-*+]\s+(\U0001F511|\U0001F916|\U0001F4D6|\U0001F4C5)')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if DETAIL.match(line):
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
        elif s.startswith('|') and not re.match(r'^\|?[\s:|-]+\|?$', s):
            out.append(i)  # table rows (none in these lists); header rows would be dropped by hand
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, len(cand), 'candidates')
        for n in pick:
            fh.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
