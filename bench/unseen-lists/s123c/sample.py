"""Sample 20 candidate entry lines a list with random.Random(12331), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12331)
N = 20

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_delim = False   # inside a table body
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
        # tables
        if re.match(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$', s) and '|' in s:
            prev_delim = True
            continue
        if prev_delim:
            if s.startswith('|'):
                out.append(i)
                continue
            prev_delim = False
        if re.match(r'^\s{0,3}([-*_])(\s*\1){2,}\s*$', line):
            continue  # thematic break (***, ---), not bold and not a list item
        if re.match(r'^\s*([-*+]|\d+[.)])(\s|$)', line):
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, N)) if len(cands) > N else cands
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
