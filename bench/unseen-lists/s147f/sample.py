"""Sample 20 candidate entry lines a list with random.Random(13901).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold
(also when the bold title follows a `code` abbreviation prefix, as in `DCGAN` **Title**),
skipping fenced code, HTML comments, lines inside <details>...</details> blocks (raw HTML
study notes, not Markdown list items) and nested detail bullets that belong to a parent
paper bullet (e.g. `  * 地址：...` under `* **Title**`).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13901)

bullet = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
bold = re.compile(r'^\s*(`[^`]+`\s*)?\*\*')
table_sep = re.compile(r'^\s*\|?\s*:?-{2,}')

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = in_details = False
    prev_table = False
    parent_indent = None  # indent of the last top-level bold paper bullet
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```'):
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
        if s.startswith('<details'):
            in_details = True
        if in_details:
            if '</details>' in s:
                in_details = False
            continue
        if s.startswith('|'):
            if table_sep.match(s):
                prev_table = True
                continue
            if prev_table:
                cands.append(i)
            continue
        prev_table = False
        m = bullet.match(line)
        if m:
            ind = len(m.group(1))
            if parent_indent is not None and ind > parent_indent:
                continue  # detail bullet of a paper bullet
            if re.match(r'^\s*([-*+]|\d+[.)])\s+\*\*', line):
                parent_indent = ind
            else:
                parent_indent = None
            cands.append(i)
            continue
        if s and not line.startswith(' ') and parent_indent is not None and not s.startswith('!['):
            parent_indent = None
        if bold.match(line):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for ln in pick:
        out.append({'list': fn, 'line': ln, 'text': lines[ln - 1], 'n_candidates': len(cands)})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
