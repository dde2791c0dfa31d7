"""Sample candidate entry lines from each list: random.Random(9851), one generator,
lists in sorted file-name order, 20 a list (all if fewer).
Candidates: bullet / numbered list items, table body rows, lines starting with bold
(** or __). None of these three lists writes papers as headings, so headings are not
candidates. Fenced code blocks and HTML comments are skipped."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9851)
ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # table body row: a row after the header separator
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                cands.append(i)
            continue
        prev_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            cands.append(i)
    picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(f, 'candidates', len(cands), 'picked', len(picked))
    for i in picked:
        out.append({'list': f, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
