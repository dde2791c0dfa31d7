"""Sample candidate entry lines from the saved READMEs (seed 9381, 20 a list)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9381)

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
# a nested links-only sub-bullet (Peldom's "    + [[bioRxiv ...]] • [[code]]") belongs to the bullet above it
LINKS_SUB = re.compile(r'^\s+[-*+]\s+\[\[')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
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
        if TABLE.match(line):
            if prev_table and not SEP.match(line):
                # body row (skip header = first row, and separator)
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LINKS_SUB.match(line):
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fh:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, len(cand), 'candidates')
        for ln in pick:
            fh.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
