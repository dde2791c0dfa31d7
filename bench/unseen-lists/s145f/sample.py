"""Sample up to 20 candidate entry lines per list with random.Random(13761).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and list items
nested under another list item (indented sub-bullets such as `    - SP 2025`, which
are detail lines of the parent entry, not entries of their own).
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13761)
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    last_top_item = None
    blank_before = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
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
        m = LIST_RE.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent >= 2 and last_top_item is not None:
                continue  # nested detail bullet of an entry
            last_top_item = i
            out.append(i)
            prev_table = False
            blank_before = False
            continue
        if s.startswith('|'):
            if SEP_RE.match(s.lstrip('|').strip()) or SEP_RE.match(s):
                prev_table = True
                continue
            # a table body row follows a separator row or another body row
            if prev_table:
                out.append(i)
            # header row (or lone pipe line): not a candidate
            continue
        prev_table = False
        if s == '':
            blank_before = True
            continue
        if s.startswith('#'):
            last_top_item = None  # a heading ends the list block
            blank_before = False
            continue
        if line.startswith('**'):
            out.append(i)
            last_top_item = None
            blank_before = False
            continue
        if not line.startswith((' ', '\t')) and blank_before:
            last_top_item = None  # a new paragraph ends the list block
        # else: lazy continuation line of the list item (e.g. a wrapped title)
        blank_before = False
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    c = candidates(lines)
    pick = sorted(rng.sample(c, 20)) if len(c) > 20 else c
    print(name, 'candidates', len(c), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
