"""Sample 20 candidate entry lines a list with random.Random(10371).

Candidates: list items (-, *, + bullets and numbered items), table body rows
(rows after a |---| separator), lines starting with bold (**), and lines starting
with a bracketed bold abbreviation `[**X**]` (judgement call: the visible text starts
in bold; Pengxin-Guo writes its papers this way). Fenced code and HTML comments are
skipped. The truncated last line of a partial file (no final newline, cut mid-entry)
is skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10371)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    truncated = not text.endswith('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if truncated and i == len(lines) - 1:
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('<!--'):
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table = True
                continue
            if in_table:
                cands.append(i + 1)
            continue
        in_table = False
        if re.match(r'^([-*_]\s*){3,}$', s):  # thematic break, not an entry
            continue
        if re.match(r'^([-*+]|\d+[.)])\s+', s) and not re.match(r'^[-*_]{3,}$', s):
            cands.append(i + 1)
        elif s.startswith('**') or s.startswith('[**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1], 'n_candidates': len(cands)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
