"""Sample 20 candidate entries a list with random.Random(13271) (s138f).

Candidates: top-level list items (bullets '-', '*', '+' followed by a space, or 'N.' / 'N)'),
table body rows, lines starting with bold, and footnote definitions ('[^n]: ...', used by
youwuyou/AISE as its reference list). Nested list items (indented) are the detail lines of their
parent entry (*Authors*, *Architecture*, *Links* in the lihuirui list) and are not separate
candidates. Fenced code and HTML comments are skipped. Headings are not candidates (no list here
writes papers as headings).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13271)

item = re.compile(r'^([-*+]|\d+[.)])\s+\S')
table_sep = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment = [], None, False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if item.match(ln):
            out.append(i)
        elif ln.startswith('**'):
            out.append(i)
        elif re.match(r'^\[\^[^\]]+\]:', ln):
            out.append(i)
        elif s.startswith('|'):
            # table body row: a row after the separator row
            if table_sep.match(s.replace('|', ' |', 1)) or re.match(r'^\|?[\s:|-]+\|?$', s) and '-' in s:
                prev_table = True
            elif prev_table:
                out.append(i)
        else:
            if not s.startswith('|'):
                prev_table = False
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
        print(f, 'candidates', len(cand), 'sampled', len(pick))
        for n in pick:
            fh.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
