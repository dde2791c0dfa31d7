"""Sample 20 candidate entry lines per list with random.Random(12131).

Candidates: Markdown list items (bullets -,*,+ and numbered, any indent), HTML <li> lines,
Markdown table body rows (rows after a |---| separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. No list writes papers as headings.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12131)

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line) or s.startswith('<li>') or s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f, len(c), 'candidates')
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
