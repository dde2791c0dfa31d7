"""Sample 20 candidate entry lines per list with random.Random(9251); write sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9251)
ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        is_table = s.startswith('|')
        if is_table:
            # body rows: not the separator, not the header (the row right before a separator)
            nxt = lines[i] if i < len(lines) else ''
            if not TABLE_SEP.match(s) and not TABLE_SEP.match(nxt.strip()):
                out.append(i)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rows = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(fn, 'candidates', len(cand), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': fn, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
