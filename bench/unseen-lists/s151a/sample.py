"""Sample 20 candidate entry lines per list with one random.Random(14131).

Candidates: list items (bullets / numbered), table body rows (not header or
separator), lines starting with bold; for the list that writes papers as
headings (wxhzyr), its level-4 '####' headings; for GillHuang-Xtler/flPapers,
which writes its papers as reference-tagged paragraphs ('[IN1] [Title](pdf)'
or '[P15]' alone on a line then the link line), lines starting with such a tag.
Fenced code blocks and HTML comments are skipped.
"""
import json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
HEADING_LISTS = {'wxhzyr__Awesome-Fed-Reasonning-LLM.README.md'}
TAG_LISTS = {'GillHuang-Xtler__flPapers.README.md'}
rng = random.Random(14131)

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        is_table = s.startswith('|')
        if is_table:
            sep = re.fullmatch(r'\|?[\s:\-|]+\|?', s) is not None
            nxt = lines[i].strip() if i < len(lines) else ''
            header = re.fullmatch(r'\|?[\s:\-|]+\|?', nxt) is not None and '-' in nxt
            if not sep and not header:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if re.match(r'\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
        elif name in HEADING_LISTS and re.match(r'####\s', line):
            out.append(i)
        elif name in TAG_LISTS and re.match(r'\[[A-Z]+\d+\]', line):
            out.append(i)
    return out

rows = []
for name in files:
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
