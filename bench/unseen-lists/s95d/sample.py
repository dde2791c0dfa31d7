"""Sample 20 candidate entry lines per list with random.Random(9541).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, outside fenced code and HTML comments.  A nested list item that
continues a paper entry (its nearest shallower list item carries a bold
title, e.g. the '  * authors, ***venue***, year' line under
'* **Title** [[paper](...)]' or the '   - **Authors**: ...' field bullets
under '1. **Title**') is part of that entry, not a candidate of its own.
No list here writes papers as headings, so headings are not candidates.
One generator, lists in sorted file-name order; a list with <= 20
candidates is taken whole (the generator is not called for it).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    stack = []  # (indent, is_bold_entry)
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        m = LIST_RE.match(line)
        if m:
            indent = len(m.group(1))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent_bold = bool(stack) and stack[-1][1]
            body = line[m.end(2):].strip()
            is_bold_entry = body.startswith('**')
            stack.append((indent, is_bold_entry))
            if not parent_bold:
                out.append(i)
            prev_table = False
            continue
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if s.startswith('**') and not line.startswith(' '):
            out.append(i)
            stack = []
            continue
        if s and not line.startswith(' '):
            stack = []
    return out

def main():
    rng = random.Random(9541)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, 20)) if len(c) > 20 else list(c)
        print(f, 'candidates', len(c), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
