"""Sample 20 candidate entry lines per list with random.Random(13181).

Candidates: list items (bullets, numbered, any depth), table body rows (not the
header row or the |---| separator), lines starting with bold.  Fenced code and
HTML comments are skipped.  No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13181)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                prev_table = True
                continue
            # a table row: body rows are those after a separator row
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(nxt.strip()):
                prev_table = True  # header row
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, len(cand), 'candidates')
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
