"""Sample candidate entry lines from the saved lists (s147g).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, blockquote lines, HTML <li> items, and the
last line of a file cut mid-row (isLinXu partial page).
"""
import json, random, re, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13911)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
FENCE_RE = re.compile(r'^ {0,3}(`{3,}|~{3,})(.*)$')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')

out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    lines = text.split('\n')
    truncated_last = not text.endswith('\n')
    cands = []
    in_fence = None
    in_comment = False
    prev_sep = False
    in_table = False
    for i, line in enumerate(lines, 1):
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if in_fence:
            m = FENCE_RE.match(line)
            if m and m.group(1)[0] == in_fence[0] and len(m.group(1)) >= len(in_fence) and not m.group(2).strip():
                in_fence = None
            continue
        m = FENCE_RE.match(line)
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            in_fence = m.group(1)
            continue
        if line.lstrip().startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        if truncated_last and i == len(lines):
            continue
        s = line.strip()
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if s.startswith('>'):
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            cands.append(i)
    if len(cands) <= 20:
        picked = list(cands)
    else:
        picked = sorted(rng.sample(cands, 20))
    print(name, 'candidates', len(cands), 'picked', len(picked))
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
