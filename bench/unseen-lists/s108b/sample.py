"""Sample 20 candidate entry lines a list with random.Random(10821), lists in sorted file-name order.

Candidates: top-level list items (bullet or numbered, indented < 2 spaces), table body rows,
lines starting with bold.  Skipped: fenced code, HTML comments, headings (no list here writes
papers as headings), and indented list items (>= 2 spaces) - in these lists the indented
items are the detail lines (authors, venue, summary...) of the paper item above them, and
are labelled as part of that entry's raw.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10821)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    prev_table_sep = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
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
        indent = len(line) - len(line.lstrip(' '))
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line) and indent < 2:
            cands.append(i)
        elif s.startswith('|') and not re.match(r'^\|?\s*:?-{3,}', s):
            # table body rows: skip header (row before separator) and separator
            nxt = lines[i] if i < len(lines) else ''
            if not re.match(r'^\s*\|?\s*:?-{3,}', nxt):
                cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'picked', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
