"""Sample 20 candidate entry lines a list with random.Random(12781), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12781)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        is_cand = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            is_cand = True                      # bullet / numbered item
        elif s.startswith('|'):
            # table body row: not a separator row, not the row right before a separator (header)
            if re.match(r'^\|?\s*:?-{2,}', s):
                is_cand = False
            else:
                nxt = lines[i].strip() if i < len(lines) else ''
                is_cand = not re.match(r'^\|?\s*:?-{2,}', nxt)
        elif s.startswith('**'):
            is_cand = True                      # line starting with bold
        if is_cand:
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'picked', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
