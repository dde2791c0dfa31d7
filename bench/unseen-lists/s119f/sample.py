"""Sample 20 candidate entry lines per list with random.Random(11961); writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if not in_table and SEP_RE.match(nxt):
                continue  # header row
            if in_table:
                out.append(i)
            continue
        in_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


rng = random.Random(11961)
rows = []
for f in FILES:
    with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(f, len(cand), 'candidates')
    for i in pick:
        rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
