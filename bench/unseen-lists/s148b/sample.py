"""Sample 20 entries a list with random.Random(13931) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold; fenced code and
HTML comments skipped. A list item's indented sub-items and continuation lines belong to it (one entry,
one candidate): e.g. mengdi-li's `  - Authors:` / `  - Links:` sub-bullets are fields of the paper bullet
above them, not separate entries.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []  # (start, end) 0-based inclusive
    in_code = in_comment = False
    i = 0
    n = len(lines)
    while i < n:
        s = lines[i]
        st = s.strip()
        if st.startswith('```'):
            in_code = not in_code; i += 1; continue
        if in_code: i += 1; continue
        if '<!--' in st and '-->' not in st:
            in_comment = True; i += 1; continue
        if in_comment:
            if '-->' in st: in_comment = False
            i += 1; continue
        m = ITEM.match(s)
        if m:
            ind = len(m.group(1))
            j = i + 1
            # continuation: following non-blank lines indented deeper (sub-items, wrapped text)
            while j < n and lines[j].strip() and (len(lines[j]) - len(lines[j].lstrip())) > ind:
                j += 1
            out.append((i, j - 1)); i = j; continue
        if st.startswith('|'):
            # body row: not the header (next line is separator) and not the separator itself
            if not SEP.match(st) and not (i + 1 < n and SEP.match(lines[i + 1].strip())):
                out.append((i, i))
            i += 1; continue
        if st.startswith('**') and not re.fullmatch(r'[*\s]+', st):  # `***` is a thematic break
            out.append((i, i))
        i += 1
    return out

rng = random.Random(13931)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = rng.sample(cands, min(20, len(cands)))
    for a, b in sorted(pick):
        rows.append({'list': name, 'line': a + 1, 'raw': '\n'.join(lines[a:b + 1]), 'n_candidates': len(cands)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows))
