"""Sample 20 candidate entry lines a list with random.Random(8541).

Candidates: list items (-, *, + or "1." / "1)" markers, and the "•" bullet
character that USTCAGI uses as its bullet), table body rows (not the header
row nor the |---| separator), and lines starting with bold (**...).
Fenced code blocks and HTML comments are skipped. No list here writes papers
as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(8541)

LIST = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BULLET = re.compile(r'^\s*•\s*\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
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
        if s.startswith('|'):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if LIST.match(line) or BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cand = candidates(lines)
        pick = rng.sample(cand, min(20, len(cand)))
        print(f, len(cand), 'candidates')
        for ln in sorted(pick):
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
