"""Sample 20 candidate entry lines a list, seed 10861, lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*[-*+]\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s*\S')   # also "3.Face X-ray" (no space), as the list writes it
TABLE = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')

def candidates(lines):
    out, fence, comment, prev_table = [], False, False, False
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
            if TABLE_SEP.match(line):
                prev_table = True
                continue
            if prev_table:          # body row (after the separator)
                out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            out.append(i)
    return out

rng = random.Random(10861)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
