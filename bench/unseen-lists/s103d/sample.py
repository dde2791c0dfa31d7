"""Sample 20 candidate entries a list with random.Random(10341) (one generator,
lists in sorted file-name order; all candidates when a list has 20 or fewer).

Candidates: list items (bullets, numbered), table body rows (not the header row
and not the |---| separator row), lines starting with bold.  Fenced code and
HTML comments are skipped.

An entry's raw text is its candidate line plus any following indented,
non-blank lines that are not themselves candidates (continuation lines), e.g.
hemingkx's italic authors/links line under a bold-title bullet, or the wrapped
second line of a news bullet.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(10341)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*(?:\*\*|__)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    cands = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        # HTML comments (may open and close on the same line, may nest-look)
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        is_cand = False
        if ITEM.match(l) or BOLD.match(l):
            is_cand = True
        elif s.startswith('|'):
            # table row: not the separator, not the header (the row right above a separator)
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if not SEP.match(l) and not SEP.match(nxt):
                is_cand = True
        if is_cand:
            cands.append(i)
    return cands


def entry_raw(lines, i, candset):
    out = [lines[i]]
    j = i + 1
    while j < len(lines):
        l = lines[j]
        if not l.strip() or j in candset or not l[:1].isspace():
            break
        out.append(l)
        j += 1
    return '\n'.join(out)


rows = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    candset = set(cands)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(f, 'candidates:', len(cands), 'sampled:', len(pick))
    for i in pick:
        rows.append({'list': f, 'line': i + 1, 'raw': entry_raw(lines, i, candset)})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
