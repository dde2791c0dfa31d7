"""Sample 20 candidate entry lines per list with random.Random(13341)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13341)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TSEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('<!--') and s.endswith('-->'):
            continue
        is_table = s.startswith('|')
        if is_table:
            # header row is followed by a separator; body rows come after a separator/body row
            if TSEP.match(s) and set(s.replace('|', '').replace(':', '').replace('-', '').strip()) == set():
                prev_table = 'sep'
                continue
            if prev_table in ('sep', 'body'):
                out.append(i)
                prev_table = 'body'
            else:
                prev_table = 'head'
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(f, 'candidates', len(cand), 'picked', len(pick))
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
