"""Sample 20 candidate entry lines per list with random.Random(9461)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*\*\*')

def candidates(lines):
    out, fence, comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if TABLE.match(line):
            # body rows: not the header row (followed by separator) nor the separator itself
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(line) or SEP.match(nxt):
                continue
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

rng = random.Random(9461)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f, len(cands), 'candidates')
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
