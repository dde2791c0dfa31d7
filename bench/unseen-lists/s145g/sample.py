"""Sample candidate entry lines from the saved READMEs (s145g).

Candidates: list items (bullets, numbered), markdown table body rows, lines
starting with bold, headings only when a list writes papers as headings (none
of these three does). Fenced code and HTML comments are skipped.
One random.Random(13771) generator, lists in sorted file-name order, 20 a list.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13771)
N = 20

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # inside a table (after its separator row)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                prev_table = True  # separator: rows after it are body rows
                continue
            if prev_table:
                out.append(i + 1)
            continue
        prev_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(N, len(cands))))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    print(name, 'candidates', len(cands), 'sampled', len(pick))

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
