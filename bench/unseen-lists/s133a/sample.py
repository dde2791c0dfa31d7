"""Sample 20 candidate entry lines per list with random.Random(13051) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table body
rows (not header/separator), lines starting with bold; fenced code and HTML comments skipped.
No list here writes papers as headings, so headings are not candidates."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            # header row: the next line is a separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue
            out.append(i + 1)
            continue
        if BULLET.match(ln) or s.startswith('**'):
            out.append(i + 1)
    return out

rng = random.Random(13051)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    cands = candidates(lines)
    pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
