"""Sample 20 candidate entry lines a list with random.Random(13421), lists in sorted file-name order.
Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header and separator rows. No list here writes papers as headings."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment = [], None, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        m = re.match(r'^\s*(`{3,}|~{3,})', ln)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(ln) or s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(13421)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'raw': lines[i]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
