"""Sample 20 candidate entry lines a list with random.Random(12111) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table body
rows, lines starting with bold, and -- judgement call, since two of these lists write
their papers as plain paragraphs, not list items -- paragraph entry lines:
  * AlenUbuntu: paragraph lines starting with '[' (the `[Title](url), Org, Venue, Year.` entries)
  * zhihuizheng: every non-blank line that is not a `##Heading` line (one PDF file name a paragraph)
Fenced code and HTML comments are skipped (none occur in these three files)."""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12111)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_table_header = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if '<!--' in s and '-->' not in s:
            in_comment = True
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if not s:
            continue
        is_cand = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', ln):
            is_cand = True
        elif s.startswith('|'):
            # table body row: not the header row and not the delimiter row
            if re.match(r'^\|?\s*:?-{3,}', s):
                is_cand = False
            elif i < len(lines) and re.match(r'^\|?\s*:?-{3,}', lines[i].strip()):
                is_cand = False  # header row (next line is the delimiter)
            else:
                is_cand = True
        elif s.startswith('**'):
            is_cand = True
        elif name.startswith('AlenUbuntu__') and s.startswith('['):
            is_cand = True
        elif name.startswith('zhihuizheng__') and not s.startswith('##'):
            is_cand = True
        if is_cand:
            cands.append((i, ln))
    picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'picked', len(picked))
    for i, ln in picked:
        out.append({'list': name, 'line': i, 'raw': ln})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
