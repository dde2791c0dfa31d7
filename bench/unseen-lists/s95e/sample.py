"""Sample 20 candidate entry lines a list with random.Random(9551) (one generator, lists in sorted file-name order).

Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`), table body rows,
and lines starting with bold (`**`), outside fenced code and HTML comments.
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9551)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
            # table body rows: skip header (next line is separator) and separator
            nxt = lines[i].strip() if i < len(lines) else ''
            if TABLE_SEP.match(s.lstrip('|').strip()) or set(s) <= set('|-: '):
                continue
            if TABLE_SEP.match(nxt.lstrip('|').strip()) or (nxt.startswith('|') and set(nxt) <= set('|-: ')):
                continue
            out.append(i)
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
