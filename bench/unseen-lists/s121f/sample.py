"""Sample 20 candidate entry lines per list with random.Random(12161).

Candidates: list items (bullets, numbered), table body rows (not the header row
or the |---| delimiter row), lines starting with bold (**...), and headings when
the list writes papers as headings (none of these three lists does).
Fenced code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12161)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was part of a table
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            nxt = lines[i] if i < len(lines) else ''
            if DELIM.match(s):
                prev_table = True
                continue
            if not prev_table and DELIM.match(nxt.strip()):
                prev_table = True  # header row
                continue
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'picked', k)
        for ln in picked:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
