"""Sample candidate entry lines from the saved READMEs (random.Random(9481), 20 a list).

Candidates: top-level list items (bullets, numbered), table body rows (every row after the
delimiter row, including the maintainer's '| ---- | ---- |' visual-separator rows, which GFM
parses as body rows), and lines starting with bold. Nested sub-bullets (indented '- ...') are
part of the item above them (chihming writes each paper as '- **Name**' with the title, links
and code as indented sub-bullets), so they are not separate candidates. Fenced code and HTML
comments are skipped. Neither list writes papers as headings.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9481)

BULLET = re.compile(r'^([-*+]|\d+[.)])\s+\S')      # top-level list item
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
DELIM = re.compile(r'^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    table_row = 0   # index of the current row inside a table block
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        if TABLE.match(line):
            table_row += 1
            # row 1 = header, row 2 = delimiter (checked), rows 3.. = body
            if table_row >= 3:
                out.append(i)
            elif table_row == 2 and not DELIM.match(line):
                table_row = 0
            continue
        table_row = 0
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, len(cand), 'candidates')
        for ln in pick:
            fh.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
