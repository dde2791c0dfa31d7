"""Sample 20 candidate entry lines per list with random.Random(9861).

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold. Papers are not written as headings in these lists, so headings are not
candidates. Lines inside fenced code blocks and HTML comments are skipped.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9861)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        is_table = s.startswith('|')
        if is_table:
            # body rows: not the header (the first row) and not the separator row
            if prev_table and not TABLE_SEP.match(s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
