"""Sample 20 candidate entry lines per list with random.Random(9431) (one generator, lists in sorted file-name order)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9431)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^(```|~~~)', s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if re.match(r'^([-*+]|\d+[.)])\s+', s):          # list items
            cands.append(i)
        elif s.startswith('|'):                          # table rows
            if re.match(r'^\|[\s:|-]+\|?$', s):          # separator row
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):        # header row
                continue
            cands.append(i)
        elif s.startswith('**'):                         # bold-led lines
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'sampled', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
