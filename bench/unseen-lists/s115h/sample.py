"""Sample 20 candidate entry lines a list with one random.Random(11581), lists in sorted file-name order.

Candidates: list items (-, *, + bullets; 1. / 1) numbers), table body rows, lines starting with bold
(an HTML anchor such as <a name="x"></a> before the bold is allowed). Fenced code and HTML comments are skipped.
None of these lists writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(11581)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
BOLD = re.compile(r'^\s*(?:<a\s[^>]*>\s*</a>\s*)?\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, fence, comment, in_table = [], None, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^(```+|~~~+)', s)
        if m:
            fence = m.group(1)[:3]
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, 20)) if len(c) > 20 else c
        print(f, 'candidates', len(c), 'sampled', len(pick))
        for n in pick:
            fo.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
