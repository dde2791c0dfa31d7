"""Sample 20 candidate entry lines per list with random.Random(13411).

Candidates: list items (bullets * - +, numbered), table body rows (rows after the
header + separator), lines starting with bold. Fenced code and HTML comments are
skipped. None of these three lists writes papers as headings, so headings are not
candidates. Lists in sorted file-name order, one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13411)
LIST_RE = re.compile(r'^\s*([*+-]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was part of a table
    table_row_idx = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if not prev_table:
                table_row_idx = 0
            else:
                table_row_idx += 1
            prev_table = True
            if table_row_idx >= 2 and not SEP_RE.match(s):
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
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(name, 'candidates', len(cand))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'raw': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
