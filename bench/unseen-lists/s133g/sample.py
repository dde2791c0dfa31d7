"""Sample 20 candidate entries a list with random.Random(13111) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code and HTML comments are skipped. A nested list item directly under another list item
(indent >= 2, e.g. lover-520's "  * [code](...)" lines) is a detail of its parent entry, not a
candidate of its own. The entry's raw extent runs to the next blank line, next candidate or heading.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_item = False  # previous non-blank line belongs to a list item
    seen_sep = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            prev_item = False
            seen_sep = False
            continue
        m = ITEM.match(ln)
        if m:
            nested = len(m.group(1).expandtabs(4)) >= 2 and prev_item
            if not nested:
                out.append(i)
            prev_item = True
            continue
        if TROW.match(ln):
            if TSEP.match(ln.replace('|', ' ', 1)) or set(s) <= set('|-: '):
                seen_sep = True
            elif seen_sep:
                out.append(i)
            continue
        if BOLD.match(ln):
            out.append(i)
            continue
        if s.startswith('#'):
            prev_item = False
    return out


def extent(lines, i, cands):
    j = i + 1
    cs = set(cands)
    while j < len(lines) and lines[j].strip() and j not in cs and not lines[j].lstrip().startswith('#'):
        j += 1
    return lines[i:j]


rng = random.Random(13111)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    cands = candidates(lines)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'sampled', k)
    for i in picked:
        rows.append({'list': name, 'line': i + 1, 'raw': '\n'.join(extent(lines, i, cands))})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
