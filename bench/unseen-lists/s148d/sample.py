"""Sample entries for labelling (s148d). Writes sample.jsonl.

Candidates: list items (bullets / numbered, any indentation, incl. tab-indented),
markdown table body rows, HTML table body rows (the `<tr` line; header row with
Years/Title cells and the row cut off by the partial fetch are left out),
lines starting with bold, and `####` headings in the list that writes papers as
headings (MahedAb). Fenced code and HTML comments are skipped.
One generator random.Random(13951); lists in sorted file-name order; 20 a list,
all if fewer (then the generator is not drawn from).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"MahedAb__Private-synthetic-data-generation-methods.README.md"}
rng = random.Random(13951)

item_re = re.compile(r'^[ \t]*([-*+]|\d+[.)])(\s|$)')

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_mdtable = False
    n = len(lines)
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if name in HEADING_LISTS:
            if l.startswith('#### '):
                out.append(i)
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_mdtable = True
                continue
            if in_mdtable:
                out.append(i)
            continue
        in_mdtable = False
        if s.startswith('<tr'):
            block = '\n'.join(lines[i:i + 8])
            if '>Years</td>' in block.split('</tr>')[0]:
                continue  # header row
            if '</tr>' not in block:
                continue  # row cut off at the end of the partial fetch
            out.append(i)
            continue
        if item_re.match(l) or s.startswith('**'):
            out.append(i)
    return out

def entry_end(name, lines, i):
    """last line index of the entry starting at i"""
    s = lines[i].strip()
    if s.startswith('<tr'):
        j = i
        while '</tr>' not in lines[j]:
            j += 1
        return j
    if name in HEADING_LISTS:
        j = i + 1
        while j < len(lines) and not lines[j].startswith('#'):
            j += 1
        j -= 1
        while lines[j].strip() == '':
            j -= 1
        return j
    return i

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cands = candidates(name, lines)
    picked = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, len(cands), 'candidates', len(picked), 'picked')
    for i in picked:
        j = entry_end(name, lines, i)
        rows.append({"list": name, "line": i + 1, "raw": '\n'.join(lines[i:j + 1])})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
