"""Sample 20 candidate entry lines per list with one random.Random(12891), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and, in the list
that writes papers as headings (Martin36), heading lines (all but the document's H1 title).
Skipped: fenced code, HTML comments, table header/separator rows, the cut-off last line of a partial
file (no final newline), and nested sub-bullets that are continuation lines of a parent entry whose
first line starts with bold (hongbinye: the "- authors" and "- [[Paper]](...)" lines under
"- **"Title"**, date").
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12891)

ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD = re.compile(r'^#{1,6}\s')
HEADING_LISTS = {'Martin36__Automated-Fact-Checking-Resources.README.md'}


def candidates(name, text):
    lines = text.split('\n')
    last = len(lines)
    if not text.endswith('\n'):
        last -= 1  # cut-off last line of a partial file
    out = []
    in_fence = in_comment = in_table = False
    parent_indent = None  # indent of the last bold-started list item
    for i, line in enumerate(lines[:last], 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if SEP.match(line) and '|' in line:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if HEAD.match(line):
            parent_indent = None
            if name in HEADING_LISTS and not line.startswith('# '):
                out.append(i)
            continue
        m = ITEM.match(line)
        if m:
            ind = len(m.group(1))
            rest = line[m.end():]
            if parent_indent is not None and ind > parent_indent:
                continue  # continuation sub-bullet of a bold-started entry
            parent_indent = ind if rest.startswith('**') else None
            out.append(i)
            continue
        if BOLD.match(line):
            out.append(i)
    return out, lines


with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        cands, lines = candidates(f, text)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f, len(cands), 'candidates,', len(picked), 'sampled')
        for ln in picked:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
