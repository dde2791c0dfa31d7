"""Sample 20 candidate entry lines per list (random.Random(13861), lists in sorted file-name order).

Candidates: list items (bullets / numbered, any indent), table body rows (not the header row, not the
|---| separator), lines starting with bold. Fenced code and HTML comments are skipped.
Bold lines that are field continuations of a multi-line entry (**作者**, **单位**, **链接**, which follow a
**标题** line in the survey-computer-vision list) are not entry starts and are left out.
No list here writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13861)

item_re = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
sep_re = re.compile(r'^\s*\|?\s*:?-{2,}')
cont_re = re.compile(r'^\*\*(作者|单位|链接)')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith('|'):
            if sep_re.match(s.replace('|', '', 1)) or re.match(r'^\|[\s:|-]+\|?$', s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):
                continue  # header row
            cands.append(i + 1)
        elif item_re.match(ln):
            cands.append(i + 1)
        elif s.startswith('**') and not cont_re.match(s):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, len(cands), 'candidates, sampled', k)
    for n in picked:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
