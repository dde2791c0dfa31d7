"""Sample candidate entry lines from the saved lists (s91f)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:>\s*)*\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(?:>\s*)*\*\*\S')

def candidates(lines):
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
            continue
        if in_fence:
            continue
        if TABLE_ROW.match(line):
            # body rows only: skip the header row (followed by a separator) and separators
            if TABLE_SEP.match(line.replace('|', '', 1)) or re.match(r'^\s*\|[\s:|-]+\|?\s*$', line):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\s*\|[\s:|-]+\|?\s*$', nxt):
                continue  # header row
            out.append(i)
            continue
        if LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

rng = random.Random(9161)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(f, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
