"""Sample 20 candidate entry lines per list with random.Random(11231).
Candidates: list items (-, *, + bullets; numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks and HTML comments. No list here writes papers as headings."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(11231)

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = None  # state: None, 'header', 'body'
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence
            prev_table = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # tables
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s) and set(s) <= set('|:- '):
                prev_table = 'body'
                continue
            if prev_table == 'body':
                out.append(i)
                continue
            prev_table = 'header'
            continue
        prev_table = None
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line) and not re.match(r'^\s*([-*_]\s*){3,}$', line):
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f, 'candidates', len(c), 'picked', len(pick))
        for n in pick:
            fo.write(json.dumps({'list': f, 'line': n, 'text': lines[n-1]}, ensure_ascii=False) + '\n')
