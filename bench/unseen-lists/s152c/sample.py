"""Sample 20 entries a list (all if fewer) with random.Random(14221), lists in sorted file-name order.
Candidates: list items (bullets, numbered) indented 0-3 spaces, table body rows, lines starting with bold.
Skipped: fenced code, HTML comments. Items indented 4+ spaces are sub-items (details) of the item above
and are part of that entry's raw, not candidates of their own."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^( {0,3})([-*+]|\d+[.)])(\s|$)')
SUB = re.compile(r'^ {4,}([-*+]|\d+[.)])(\s|$)')
FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})(.*)$')

def candidates(lines):
    out, in_fence, fch, in_cmt = [], False, None, False
    for i, l in enumerate(lines):
        if in_cmt:
            if '-->' in l: in_cmt = False
            continue
        m = FENCE.match(l)
        if in_fence:
            if m and m.group(1)[0] == fch[0] and len(m.group(1)) >= len(fch) and not m.group(2).strip():
                in_fence = False
            continue
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            in_fence, fch = True, m.group(1); continue
        if l.lstrip().startswith('<!--'):
            if '-->' not in l: in_cmt = True
            continue
        if ITEM.match(l) or l.startswith('**'):
            out.append(i)
        elif l.startswith('|') and i >= 2 and not re.match(r'^\|[\s:|-]+\|?\s*$', l) and not re.match(r'^\|[\s:|-]+\|?\s*$', lines[i+1] if i+1 < len(lines) else ''):
            out.append(i)
    return out

def raw_of(lines, i):
    """item line + its continuation lines and indented sub-items, up to a blank line / next item / heading."""
    j = i + 1
    while j < len(lines):
        l = lines[j]
        if not l.strip() or ITEM.match(l) or l.startswith('#') or l.startswith('|'):
            break
        j += 1
    return '\n'.join(lines[i:j])

rng = random.Random(14221)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    c = candidates(lines)
    pick = sorted(c) if len(c) <= 20 else sorted(rng.sample(c, 20))
    print(name, 'candidates', len(c), 'sampled', len(pick))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'raw': raw_of(lines, i)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
