"""Sample 20 candidate entry lines a list with random.Random(13541), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (with or without leading pipes: a
non-blank line with a '|' after a header + delimiter row, until a blank line), lines starting with
bold, outside fenced code and HTML comments. Table header and delimiter rows are not candidates.
A nested list item that hangs under a top-level citation entry (a top-level bullet starting with
bold-italic `***`, the tridungduong16 shape) is that entry's link/notes sub-bullet ("- [Paper Link]",
"- [Source code]", description notes), so it is not a new entry and not a candidate; nested items
elsewhere (table-of-contents sub-items) are candidates. None of the lists writes papers as headings.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13541)
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s|$)')
DELIM = re.compile(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = in_table = False
    top_is_citation = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if not s:
            in_table = False
            continue
        if DELIM.match(s) and '-' in s and i > 0 and '|' in lines[i - 1]:
            in_table = True
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if '|' in s and DELIM.match(nxt) and '-' in nxt:
            continue  # header row
        if in_table and '|' in s:
            cands.append(i + 1)
            continue
        if s.startswith('#'):
            top_is_citation = False
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            rest = line[m.end():].strip()
            if indent == 0:
                top_is_citation = rest.startswith('***')
                cands.append(i + 1)
            elif not top_is_citation:
                cands.append(i + 1)
            continue
        if s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, len(cands), 'candidates, sampled', k)
    for n in picked:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
