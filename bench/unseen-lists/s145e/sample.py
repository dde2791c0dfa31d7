"""Sample 20 candidate entries per list with random.Random(13751) (one generator, lists in sorted file-name order).

Candidates: list items (bullets -,*,+ and numbered N. / N) followed by a space or line end),
table body rows, lines starting with bold; headings are not candidates (no list here writes
papers as headings). Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13751)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    table_rows = 0
    for i, line in enumerate(lines, 1):
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
        is_table = s.startswith('|') and s.count('|') >= 2
        if is_table:
            # body row: a table line after the header and its separator row
            if prev_table and not TABLE_SEP.match(s) and not (i >= 2 and not TABLE_SEP.match(lines[i - 2].strip()) and table_rows == 1):
                out.append(i)
            table_rows = table_rows + 1 if prev_table else 1
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, len(cands), 'candidates')
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
