"""Sample 20 candidate entry lines per list with one random.Random(9751), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold.
(No list here writes papers as headings.) Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9751)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, in_fence, in_comment, prev_table = [], False, False, False
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
        if s.startswith('|'):
            # header row = first row of a table; separator rows skipped
            if prev_table and not SEP.match(s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
    print(name, 'candidates', len(cand), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
