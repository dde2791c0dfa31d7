"""Sample candidate entry lines from the saved lists (s139e)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13331)
N = 20

bullet = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
heading = re.compile(r'^\s{0,3}(#{1,6})\s+\S')
bold = re.compile(r'^\s*\*\*')
table_sep = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

# lists that write papers as headings: heading levels that hold papers
PAPER_HEADINGS = {'dragonlong__amazing-equivariance-learning.README.md': 5}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        # tables: body rows are the lines after a separator row, until a blank line
        if table_sep.match(line) and '-' in line and '|' in line:
            in_table = True
            continue
        if in_table:
            if s == '' or '|' not in line:
                in_table = False
            else:
                out.append(i)
                continue
        m = heading.match(line)
        if m:
            lvl = PAPER_HEADINGS.get(name)
            if lvl is not None and len(m.group(1)) == lvl:
                out.append(i)
            continue
        if bullet.match(line) or bold.match(line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(N, len(cands))))
    print(name, 'candidates:', len(cands), 'sampled:', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
