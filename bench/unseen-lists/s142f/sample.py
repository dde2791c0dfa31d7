"""Sample 20 candidate entry lines a list with random.Random(13551), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, outside
fenced code and HTML comments. A nested bullet that merely continues the entry above it (an
author / venue sub-bullet: indented, directly under a non-blank line, not starting with a link
'[') is part of that entry, not a new entry, so it is not a candidate. None of the three lists
writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13551)
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s|$)')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1))
            rest = line[m.end():].strip()
            prev = lines[i - 1] if i > 0 else ''
            if indent >= 2 and prev.strip() and not rest.startswith('['):
                continue  # author/venue sub-bullet continuing the entry above
            cands.append(i + 1)
        elif s.startswith('|') and not re.match(r'^\|[\s:|-]+\|?$', s):
            # table body rows only: skip header (followed by separator) and separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?[\s:|-]+\|?$', nxt) and '-' in nxt:
                continue
            cands.append(i + 1)
        elif s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, len(cands), 'candidates, sampled', k)
    for n in picked:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
