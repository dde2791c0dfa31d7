"""Sample 20 candidate entry lines a list with random.Random(10931), lists in sorted file-name order.
Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
(No list here writes papers as headings.) Fenced code and HTML comments are skipped."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TROW = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if comment:
            if '-->' in ln:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if TROW.match(ln):
            if SEP.match(ln):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(ln) or BOLD.match(ln):
            out.append(i + 1)
    return out

rng = random.Random(10931)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
        c = candidates(lines)
        pick = c if len(c) <= 20 else sorted(rng.sample(c, 20))
        print(f, 'candidates', len(c), 'sampled', len(pick))
        for n in pick:
            fo.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
