"""Sample 20 candidate entry lines per list with random.Random(10971).

Candidates: list items (bullets -,*,+ and numbered, any indent), markdown table body
rows, lines starting with bold. Fenced code and HTML comments are skipped.
A nested list item whose parent list item links to a real URL (not a #anchor) is a
continuation of that entry (dates, notes, quotes) and is not a candidate of its own.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
LINK = re.compile(r'\]\((?!#)[^)]+\)')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    stack = []  # (indent, has_link)
    prev_table = None  # 'header' after a header row, 'body' after separator
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
        # tables
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                prev_table = 'body'
                continue
            if prev_table == 'body':
                out.append(i)
            else:
                prev_table = 'header'
            continue
        else:
            prev_table = None
        m = ITEM.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            parent_link = stack[-1][1] if stack else False
            stack.append((ind, bool(LINK.search(line))))
            if not parent_link:
                out.append(i)
            continue
        if s == '':
            continue
        if not line.startswith((' ', '\t')):
            stack = []
        if s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(10971)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
