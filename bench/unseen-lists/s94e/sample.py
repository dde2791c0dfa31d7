"""Sample 20 candidate entries per list with random.Random(9451) (one generator, lists in sorted file-name order).

Candidates: Markdown list items (bullets / numbered, any indent), Markdown table body rows,
lines starting with bold, and -- judgement call -- HTML equivalents used by these lists:
<tr> body rows of HTML tables (not the first <tr> of a table, which is its header row) and <li> items.
Skipped: fenced code blocks and HTML comments. No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9451)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False      # markdown table body
    html_table_rows = None  # count of <tr> seen in current <table>
    for i, line in enumerate(lines):
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
            if '-->' not in s:
                in_comment = True
            continue
        # markdown tables
        if SEP_RE.match(line) and '|' in line and i > 0 and lines[i - 1].lstrip().startswith('|'):
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        # HTML tables
        if s.startswith('<table'):
            html_table_rows = 0
            continue
        if s.startswith('</table'):
            html_table_rows = None
            continue
        if html_table_rows is not None and s.startswith('<tr'):
            html_table_rows += 1
            if html_table_rows > 1:
                out.append(i)
            continue
        if s.startswith('<li'):
            out.append(i)
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates:', len(cand), 'sampled:', len(pick))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
