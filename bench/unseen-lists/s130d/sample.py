"""Sample 20 candidate entry lines a list with random.Random(12871).

Candidates: list items (bullets, numbered), table body rows (not the header
row or the |---| separator), lines starting with bold, and, for the list that
writes papers as headings (oowsxq, '### Title' followed by detail bullets),
its '###' headings instead of its bullets (every bullet there is a detail line
of a heading entry: ArXiv链接 / 关键特点 / 相关技术).  Fenced code and HTML
comments are skipped.  One generator, lists in sorted file-name order.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {'oowsxq__SummerQuest-2025.README.md'}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
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
            continue
        if name in HEADING_LISTS:
            if re.match(r'^###\s', line):
                out.append(i)
            continue
        if s.startswith('|'):
            is_sep = re.fullmatch(r'\|?[\s:|-]+\|?', s) is not None
            nxt = lines[i].strip() if i < len(lines) else ''
            is_header = (not prev_table) and re.fullmatch(r'\|?[\s:|-]+\|?', nxt) is not None and '-' in nxt
            prev_table = True
            if not is_sep and not is_header:
                out.append(i)
            continue
        prev_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line) or s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(12871)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, len(cands), 'candidates')
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
