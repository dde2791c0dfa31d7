"""Sample 20 candidate entries a list with random.Random(12701) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows (not header or separator rows), lines starting
with bold, and headings that write a paper (`### Title: ...`, only kexinchu's list writes papers as headings).
Fenced code and HTML comments are skipped. Writes sample.jsonl (list, line, text).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12701)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
PAPER_HEADING = re.compile(r'^#{1,6}\s+Title:')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(line) or BOLD.match(line) or PAPER_HEADING.match(line):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    lines = text.split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
