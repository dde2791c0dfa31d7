"""Sample up to 20 candidate entry lines per list with random.Random(12071).

Candidates: list items (bullets -,+,* and numbered), table body rows, lines starting
with bold (after optional indentation), skipping fenced code blocks and HTML comments.
None of these three lists writes papers as headings, so headings are not candidates.
One generator is used for all lists, in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12071)
BULLET = re.compile(r'^\s*([-+*]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, in_fence, in_comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s[4:]:
            in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            # table body row: a row after the separator row
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().splitlines()
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
