"""Sample up to 20 entries a list with ONE random.Random(7121), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7121)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
HEAD = re.compile(r'^(#{1,6})\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (candidate line numbers, map line -> entry start line), 1-based."""
    cands, start_of = [], {}
    in_code = in_comment = False
    paper_head = None          # line of a '### heading' that is a paper (followed by '- **Title**:')
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if '<!--' in s and '-->' not in s:
            in_comment = True
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if HEAD.match(line):
            paper_head = None
            nxt = lines[i] if i < len(lines) else ''
            if line.startswith('### ') and nxt.startswith('- **Title**'):
                paper_head = i
                cands.append(i)
                start_of[i] = i
            prev_table = False
            continue
        if not s:
            paper_head = None
            prev_table = False
            continue
        if s.startswith('|'):
            if not prev_table:          # header row
                prev_table = True
                continue
            prev_table = True
            if SEP.match(s):
                continue
            cands.append(i)
            start_of[i] = i
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith('**') or s.startswith('__'):
            cands.append(i)
            start_of[i] = paper_head if paper_head else i
    return cands, start_of


out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, start_of = candidates(lines)
    order = list(cands)
    rng.shuffle(order)
    held = []
    for ln in order:
        st = start_of[ln]
        if st not in held:
            held.append(st)
        if len(held) == 20:
            break
    entries = len(set(start_of.values()))
    print(f'{name}: {len(cands)} candidate lines, {entries} entries, {len(held)} drawn')
    for st in sorted(held):
        out.append({'list': name, 'line': st})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
