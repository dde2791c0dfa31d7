"""Sample 20 candidate entries a list with random.Random(12791) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered; also a bullet written without the space, like "*Title"), table body
rows (after the |---| separator), lines starting with bold. Fenced code and HTML comments are skipped.
A nested list item under a parent item that carries a [paper](...) link is a detail line of that parent entry
(chengaopro: "  - visual content: ...") and is folded into the parent's raw, not a candidate of its own.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+|\*(?![*\s]))')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def entries(lines):
    out = []  # (start index, end index exclusive)
    in_fence = in_comment = False
    in_table = False
    i = 0
    n = len(lines)
    while i < n:
        l = lines[i]
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; i += 1; continue
        if in_fence:
            i += 1; continue
        if in_comment:
            if '-->' in l: in_comment = False
            i += 1; continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            i += 1; continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
            elif in_table:
                out.append((i, i + 1))
            i += 1; continue
        in_table = False
        m = BULLET.match(l)
        if m or BOLD.match(l):
            j = i + 1
            if m and '[paper](' in l:
                ind = len(m.group(1))
                while j < n:
                    mm = BULLET.match(lines[j])
                    if mm and len(mm.group(1)) > ind:
                        j += 1
                    else:
                        break
            out.append((i, j))
            i = j; continue
        i += 1
    return out

rng = random.Random(12791)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    lines = text.replace('\r\n', '\n').split('\n')
    cands = entries(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for a, b in pick:
        rows.append({'list': name, 'line': a + 1, 'raw': '\n'.join(lines[a:b])})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
