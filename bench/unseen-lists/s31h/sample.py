"""Sample 20 candidate entry lines per list with random.Random(3181).

Candidate lines: list items (-, *, + bullets and numbered items, at any
indent), table body rows (header row and |---| separator excluded), and
lines whose text starts with bold (**). Fenced code blocks and HTML
comments are skipped. A fresh Random(3181) is used for each list, lists
taken in sorted file-name order. Writes sample.json.
"""
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
SEED = 3181
N = 20

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\|?[\s:|-]+$')


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s) and '-' in s:
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i + 1)
    return out


def main():
    res = {}
    for p in sorted(HERE.glob('*.README.md')):
        lines = p.read_text(encoding='utf-8').split('\n')
        cands = candidates(lines)
        rng = random.Random(SEED)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        res[p.name] = {'candidates': len(cands), 'sample': pick}
        for ln in pick:
            print(f'{p.name}:{ln}: {lines[ln - 1]}')
    (HERE / 'sample.json').write_text(json.dumps(res, indent=1))


if __name__ == '__main__':
    main()
