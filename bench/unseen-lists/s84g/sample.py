"""Sample 20 candidate entry lines per list with random.Random(8471), lists in sorted file-name order.
Candidates: list items (bullets / numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header rows and separator rows."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(8471)
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if re.match(r'^([*+-]|\d+[.)])\s+', s):
            out.append(i + 1)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i + 1)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().splitlines()
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, 'candidates', len(cand), 'picked', len(pick))
        for n in pick:
            fo.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
