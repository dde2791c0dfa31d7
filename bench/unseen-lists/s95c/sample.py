"""Sample 20 candidate entries per list with random.Random(9531) (one generator, lists in sorted file-name order).

Candidate lines: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold,
outside fenced code and HTML comments. Detail lines of an entry are not separate candidates:
a list item whose text is a bare link/doi/'Dataset:'/'Code:' line, and nested items under '## Papers'
(patrickcgray writes each paper as a bullet with its authors and links as nested bullets).
The raw written for each pick is the start line plus its continuation lines (detail items and
wrapped non-blank, non-item, non-heading lines)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+(.*)$')
DETAIL = re.compile(r'^(https?://|doi:|Dataset:|Code:)', re.I)

def scan(lines):
    cands, detail = [], set()
    in_fence = in_comment = False
    h2 = None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = re.match(r'^(#+)\s+(.*)', ln)
        if m:
            if len(m.group(1)) == 2:
                h2 = m.group(2).strip()
            continue
        m = ITEM.match(ln)
        if m:
            indent, text = len(m.group(1)), m.group(3)
            if DETAIL.match(text) or (indent > 0 and h2 == 'Papers'):
                detail.add(i)
            else:
                cands.append(i)
            continue
        if s.startswith('|') and i > 0 and lines[i-1].strip().startswith('|') and not re.match(r'^\|?[\s:|-]+\|?$', s):
            cands.append(i)
            continue
        if s.startswith('**'):
            cands.append(i)
    return cands, detail

def raw_of(lines, i, cands, detail):
    out = [lines[i]]
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if j in cands or not ln.strip() or ln.lstrip().startswith('#'):
            break
        if j in detail or not ITEM.match(ln):
            out.append(ln); j += 1; continue
        break
    return '\n'.join(out)

rng = random.Random(9531)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, detail = scan(lines)
    cs = set(cands)
    picks = sorted(rng.sample(cands, min(20, len(cands))))
    name = os.path.basename(path)
    print(name, 'candidates', len(cands))
    for i in picks:
        rows.append({'list': name, 'line': i + 1, 'raw': raw_of(lines, i, cs, detail)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
