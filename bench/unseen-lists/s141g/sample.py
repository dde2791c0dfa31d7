"""Sample 20 candidate entry lines per list with random.Random(13491), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13491)
ITEM = re.compile(r'^\s{0,12}([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')

def candidates(lines):
    out, fence, comment = [], False, False
    table_header_seen = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if TABLE.match(line):
            if SEP.match(line.replace('|', ' |', 1)) or re.match(r'^\s*\|?[\s:|-]+\|?\s*$', line):
                table_header_seen = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\s*\|?[\s:|-]+\|?\s*$', nxt) and '-' in nxt:
                continue  # header row
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1], 'candidates': len(cand)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows))
