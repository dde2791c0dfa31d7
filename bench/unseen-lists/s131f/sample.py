"""Sample 20 candidate entry lines a list with random.Random(12961).

Candidates: list items (bullets, numbered), table body rows (not the header row or the
separator row), lines starting with bold. Lines inside fenced code or HTML comments are skipped.
None of the three lists writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12961)
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line
    header_seen = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            prev_table = False
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
            prev_table = False
            continue
        if s.startswith('|'):
            if not prev_table:
                prev_table = True  # header row
                continue
            if SEP_RE.match(s):
                continue
            out.append(i)
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out


rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
    text = open(os.path.join(HERE, name), encoding='utf-8').read()
    lines = text.split('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    cands = candidates(lines)
    pick = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, len(cands), 'candidates,', len(pick), 'sampled')
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
