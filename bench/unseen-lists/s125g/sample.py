"""Sample up to 20 candidate entry lines per list with random.Random(12521).

Candidate lines: list items (bullets, numbered; any indent), table body rows
(not the header row or the |---| separator row), lines starting with bold.
No list here writes papers as headings, so headings are not candidates.
Fenced code blocks and HTML comments are skipped.
One generator for all lists, lists in sorted file-name order.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(12521)
    rows = []
    for path in sorted(HERE.glob('*.README.md')):
        lines = path.read_text(encoding='utf-8').split('\n')
        cand = candidates(lines)
        k = min(20, len(cand))
        picked = sorted(rng.sample(cand, k))
        print(path.name, 'candidates', len(cand), 'sampled', k)
        for i in picked:
            rows.append({'list': path.name, 'line': i + 1, 'text': lines[i]})
    with open(HERE / 'sample.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
