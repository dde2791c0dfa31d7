"""Sample 20 candidate entry lines per list with one random.Random(11711), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
level-4 headings in jxh4945777__Social-Knowledge-Graph-Papers (that list writes papers as
'#### Title' headings). Fenced code and HTML comments are skipped.
Judgement call: detail sub-bullets that belong to a paper entry (the indented
'  - Authors:' / '  - [[paper]]' / '  - [[code]]' lines under a '- **Title (Venue)**' bullet,
and the '* 作者：' / '* 链接：' / '    * <dataset>' field bullets under a '#### Title' heading)
are not separate candidates: they are lines of the entry that starts above them.
Table-of-contents bullets and the 'Related Datasets' bullets stay in (non-papers).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11711)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^(#{1,6})\s+')


def candidates(name, lines):
    out = []
    in_fence = in_comment = in_table = False
    under_paper_heading = False   # jxh: inside a '#### paper' block
    under_bold_item = False       # scottshufe: inside a '- **Title**' item
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        m = HEAD_RE.match(line)
        if m:
            in_table = False
            under_bold_item = False
            under_paper_heading = False
            if name.startswith('jxh4945777__') and len(m.group(1)) == 4:
                under_paper_heading = True
                out.append(i)
            continue
        if SEP_RE.match(line) and '|' in line:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if LIST_RE.match(line):
            indented = line[0] in ' \t'
            if under_paper_heading:
                continue          # field bullet of a heading entry
            if under_bold_item and indented:
                continue          # detail sub-bullet of a bold bullet entry
            under_bold_item = s[2:].startswith('**')
            out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
    return out


rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
        lines = [l.rstrip('\r') for l in fh.read().split('\n')]
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
