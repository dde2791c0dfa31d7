"""Sample 20 candidate entry lines a list with random.Random(13311); writes sample.jsonl."""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13311)
BULLET = re.compile(r'^\s*([-*+])\s+\S')
NUMBER = re.compile(r'^\s*\d+[.)]\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # table body rows: not the header (row followed by a separator) nor the separator
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt.strip()):
                continue
            out.append(i)
            continue
        if BULLET.match(line) or NUMBER.match(line) or BOLD.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    picked = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
    print(name, len(cand), 'candidates,', len(picked), 'sampled')
    for ln in picked:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
