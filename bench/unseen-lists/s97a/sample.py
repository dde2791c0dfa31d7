"""Sample 20 candidate entry lines a list with random.Random(9711).

Candidates: list items (bullets -,*,+ followed by a space; numbered 1. / 1)),
table body rows (not the header row or the |---| separator), lines starting
with bold (**). Fenced code and HTML comments are skipped. Papers are not
written as headings in these three lists, so headings are not candidates.
Judgement call: the last line of the partial zwang4 file is cut off mid-entry
by the two-page limit (no title, no link), so it is left out.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
TRUNCATED_LAST = {'zwang4__awesome-machine-learning-in-compilers.README.md'}

BULLET = re.compile(r'^\s*([-*+])\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s+\S')
BOLD = re.compile(r'^\s*\*\*\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')


def candidates(path, name):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
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
        if TABLE.match(line):
            is_header = not prev_table  # first row of a table block
            prev_table = True
            if is_header or SEP.match(line):
                continue
            out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            out.append(i)
    if name in TRUNCATED_LAST:
        last = len(lines)
        while last > 0 and lines[last - 1] == '':
            last -= 1
        out = [i for i in out if i != last]
    return out, lines


rng = random.Random(9711)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for name in FILES:
        cands, lines = candidates(os.path.join(HERE, name), name)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            fh.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
