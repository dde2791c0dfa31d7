"""Sample 20 candidate entries a list with random.Random(8931) (one generator, files in sorted order).

Candidates: list items (bullets, numbered; any indentation), table body rows, lines starting
with bold. Fenced code blocks and HTML comments are skipped. No list here writes papers as headings.
Writes sample.jsonl (list, line, text) sorted by list then line.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8931)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line
    in_body = False     # inside a table body (after the separator row)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = in_body = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_body = True
            elif in_body:
                out.append(i)
            prev_table = True
            continue
        prev_table = in_body = False
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for n in pick:
        rows.append({'list': name, 'line': n, 'text': lines[n - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
