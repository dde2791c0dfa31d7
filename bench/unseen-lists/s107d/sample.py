"""Sample 20 candidate entry lines a list, random.Random(10741), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold
(only when the bold line begins a block, i.e. the previous line is blank, a heading or the file start;
a bold line that merely continues a multi-line list item, e.g. '**KDD 2014** \\' under a numbered
entry, is part of that entry, not a new one). Papers are not written as headings in these lists.
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10741)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev = ''
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; prev = ln; continue
        if in_fence:
            prev = ln; continue
        if in_comment:
            if '-->' in s: in_comment = False
            prev = ln; continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            prev = ln; continue
        is_item = re.match(r'^\s*([-*+]|\d+[.)])\s+\S', ln) is not None
        is_row = s.startswith('|') and not re.match(r'^\|?\s*:?-{2,}', s)
        is_bold = s.startswith('**') and (prev.strip() == '' or prev.lstrip().startswith('#') or i == 1)
        if is_row:
            # skip header rows: the row just before a separator row
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\s*\|?\s*:?-{2,}', nxt.strip()):
                is_row = False
        if is_item or is_row or is_bold:
            cands.append(i)
        prev = ln
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands))
    for n in pick:
        out.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
