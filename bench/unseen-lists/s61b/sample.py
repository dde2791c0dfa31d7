"""Sample 20 entries a list for s61b (one random.Random(6121) over the lists in sorted file-name order)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
BULLET = re.compile(r'^\s*[-*+]\s+\S')
ORDERED = re.compile(r'^\s*(\d+)[.)]\s+\S')
BOLD = re.compile(r'^\s*\*\*')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')
# papers written as headings ("### 1. [Title](link)") -- only mathadoor's notes file does this
PAPER_HEADING = re.compile(r'^#{1,6}\s+\d+\.\s+\[')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def entries(lines):
    """Return (candidates, starts): candidate line indexes (0-based) and a map line -> entry start."""
    cands, start_of = [], {}
    in_fence = in_comment = False
    cur = None            # start of the current list entry (for continuation lines)
    prev_kind = 'blank'   # blank / para / item / other
    in_list = False
    front = lines and lines[0].strip() == '---'
    for i, ln in enumerate(lines):
        s = ln.strip()
        if front:
            if i > 0 and s == '---':
                front = False
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur = None; in_list = False; prev_kind = 'other'
            continue
        if in_fence:
            continue
        if not s:
            prev_kind = 'blank'
            continue
        if HEADING.match(ln):
            cur = None; in_list = False; prev_kind = 'other'
            if PAPER_HEADING.match(ln):
                cands.append(i); start_of[i] = i
            continue
        if TABLE.match(ln):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(ln) or SEP.match(nxt):     # separator row or header row
                prev_kind = 'other'; continue
            cands.append(i); start_of[i] = i; cur = None; prev_kind = 'other'
            continue
        m = ORDERED.match(ln)
        is_item = bool(BULLET.match(ln))
        if m and not is_item:
            # CommonMark: an ordered item not starting at 1 cannot interrupt a paragraph
            is_item = in_list or prev_kind != 'para' or m.group(1) == '1'
        if is_item:
            cands.append(i); start_of[i] = i; cur = i; in_list = True; prev_kind = 'item'
            continue
        if BOLD.match(ln):
            cands.append(i); start_of[i] = i; cur = i; prev_kind = 'item'
            continue
        # plain text: continuation of the current list entry (lazy or indented) if one is open
        if cur is not None and (prev_kind in ('item', 'cont') or ln.startswith((' ', '\t'))):
            start_of[i] = cur; prev_kind = 'cont'
            continue
        cur = None; in_list = False; prev_kind = 'para'
    return cands, start_of


def entry_raw(lines, start, start_of):
    end = start
    while end + 1 < len(lines) and start_of.get(end + 1) == start and end + 1 not in cands_set:
        end += 1
    return '\n'.join(lines[start:end + 1])


rng = random.Random(6121)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, start_of = entries(lines)
    cands_set = set(cands)
    order = list(cands)
    rng.shuffle(order)
    held = []
    for i in order:
        st = start_of[i]
        if st not in held:
            held.append(st)
        if len(held) == N:
            break
    print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
    for st in sorted(held):
        out.append({'list': name, 'line': st + 1, 'raw': entry_raw(lines, st, start_of)})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
