"""Sample 20 candidate entry lines a list with random.Random(13321), lists in sorted file-name order.

Candidates: list items (-, *, + bullets; numbered "N." / "N)"), table body rows (not the header row
or the |---| separator; rows whose cells are all empty are skipped), lines starting with bold (**).
Skipped: fenced code blocks, HTML comments, and the cut last line of a partial file (no final newline).
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13321)
BULLET = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')

def candidates(text):
    lines = text.split('\n')
    partial = not text.endswith('\n')
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # was the previous line a table line?
    for i, line in enumerate(lines, 1):
        if partial and i == len(lines):
            break  # cut last line of a partial file
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_table = False
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
            prev_table = False
            continue
        if s.startswith('|'):
            is_header = not prev_table  # first line of a table block
            prev_table = True
            if is_header or SEP.match(s):
                continue
            cells = [c.strip() for c in s.strip('|').split('|')]
            if not any(cells):
                continue
            out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    cand = candidates(text)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    lines = text.split('\n')
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
