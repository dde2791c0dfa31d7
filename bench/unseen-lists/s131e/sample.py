"""Sample 20 candidate entry lines per list with random.Random(12951).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks, HTML comments, table header/separator rows.
None of these three lists writes papers as headings, so headings are not candidates.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12951)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines, 1):
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
        if re.match(r'^[-*+]\s+\S', s) or re.match(r'^\d+[.)]\s+\S', s):
            cands.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|[\s:|-]+\|?$', s):
                continue  # separator row
            # header row: the next non-empty line is a separator
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\s*\|[\s:|-]+\|?\s*$', nxt):
                continue
            cands.append(i)
        elif s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(name, len(cands), 'candidates,', k, 'sampled')
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
