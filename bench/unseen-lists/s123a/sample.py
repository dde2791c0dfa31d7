"""Sample 20 candidate entry lines per list with one random.Random(12311), lists in sorted file-name order.

Candidates: list items (bullet or numbered, any indent), table body rows, lines starting with bold.
Skipped: fenced code blocks (a backtick line whose info string contains backticks is NOT a fence,
as CommonMark says, so one-line ``` ... ``` summaries are not fences), HTML comments, table header and
separator rows. The wanglingxiang0717 file is a partial fetch that ends mid-line: its last, truncated
line is left out of the candidates.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12311)

FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})(.*)$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

def candidates(text, truncated_last):
    lines = text.split('\n')
    out = []
    fence = None
    in_comment = False
    n = len(lines)
    for i, ln in enumerate(lines):
        if fence:
            m = FENCE.match(ln)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2).strip():
                fence = None
            continue
        m = FENCE.match(ln)
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            fence = m.group(1)
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        s = ln.strip()
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if truncated_last and i == n - 1:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            if i + 1 < n and SEP.match(lines[i + 1].strip()):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(ln) or s.startswith('**'):
            out.append(i + 1)
    return out

rows = []
for f in files:
    text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
    cands = candidates(text, truncated_last=not text.endswith('\n'))
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    lines = text.split('\n')
    for ln in picked:
        rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    print(f, 'candidates', len(cands), 'sampled', k)

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
