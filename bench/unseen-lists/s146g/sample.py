"""Sample 20 candidate entry lines per list with random.Random(13841).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks and HTML comments. (No list here writes papers as headings.)
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13841)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')

out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
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
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(line):
            # body rows only: skip header (row before separator) and separator
            nxt = lines[i] if i < len(lines) else ''
            if TSEP.match(line.replace('|', ' |', 1)) or re.match(r'^\s*\|?[\s:|-]+\|?\s*$', line):
                continue
            if re.match(r'^\s*\|?[\s:|-]+\|?\s*$', nxt) and '-' in nxt:
                continue
            cands.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'sampled', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
