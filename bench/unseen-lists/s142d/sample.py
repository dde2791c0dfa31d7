"""Sample 20 candidate entry lines a list with random.Random(13531), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (the header row, the one right above a
|---| separator, is not a body row, nor is the separator), lines starting with bold; fenced code and
HTML comments skipped. An indented list item with no Markdown link that sits in the same block (no
blank line between) under a top-level list item is a continuation line of that item (the authors /
affiliations / `[Venue'YY]` sub-bullets of wutzhou), not an entry of its own, so it is not a candidate.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def in_item_block(lines, i):
    """True if line i (1-based) lies in a non-blank block under a top-level list item."""
    j = i - 2
    while j >= 0 and lines[j].strip():
        if ITEM.match(lines[j]) and lines[j][:1] not in ' \t':
            return True
        j -= 1
    return False


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if ITEM.match(line) and line[:1] in ' \t' and '](' not in line and in_item_block(lines, i):
            continue  # continuation sub-bullet of the item above
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif TABLE.match(line) and not TABLE_SEP.match(line):
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt):
                continue  # header row
            out.append(i)
    return out


rng = random.Random(13531)
rows = []
for f in FILES:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(f, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
