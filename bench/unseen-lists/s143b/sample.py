"""Sample 20 candidate entry lines per list with random.Random(13581).

One generator; lists in sorted file-name order. Candidate lines: list items (bullets -,*,+
and numbered `N.` / `N)`, at any indent), table body rows (not the header row, not the
separator row), and lines starting with bold (`**` or `__`). None of the three lists writes
papers as headings, so headings are not candidates. Fenced code and HTML comments are skipped.
Continuation lines of a multi-line entry are not candidates (only the line where it starts).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, in_fence, in_comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
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
            continue
        if s.startswith('|'):
            if not prev_table:  # header row
                prev_table = True
                continue
            prev_table = True
            if SEP.match(s):
                continue
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


rng = random.Random(13581)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, len(lines), 'lines,', len(cand), 'candidates')
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
