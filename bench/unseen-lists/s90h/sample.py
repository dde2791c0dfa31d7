"""Sample 20 candidate entry lines per list with random.Random(9081).

Candidates: list items (-, *, + bullets, numbered), table body rows (not header,
not separator), lines starting with bold (**). No list here writes papers as
headings, so headings are not candidates. Fenced code and HTML comments are skipped.
One generator for all lists, lists in sorted file-name order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9081)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|') or (nxt and set(nxt.replace('|', '').replace(':', '').replace(' ', '')) == {'-'}):
                continue  # header row
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f, 'candidates', len(cands), 'picked', len(pick))
        for i in pick:
            fo.write(json.dumps({'list': f, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')
