"""Sample 20 candidate entry lines per list with random.Random(3161).

Candidates: list items (bullets -, *, + and numbered), table body rows
(not the header row, not the |---| separator row), and lines starting with bold.
Fenced code blocks and HTML comments are skipped.
A fresh random.Random(3161) is used for each list, lists in sorted file-name order.
"""
import json, random, re, pathlib

HERE = pathlib.Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob('*.README.md'))
SEED = 3161
N = 20

item_re = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
sep_re = re.compile(r'^[|:\-\s]+$')


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
        if item_re.match(line) or s.startswith('**'):
            out.append(i + 1)
            continue
        if s.startswith('|'):
            if sep_re.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and sep_re.match(nxt):
                continue  # header row
            out.append(i + 1)
    return out


def main():
    res = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding='utf-8').split('\n')
        cands = candidates(lines)
        rng = random.Random(SEED)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        res[name] = {'candidates': len(cands), 'sample': pick}
        print(f'## {name}: {len(cands)} candidates')
        for ln in pick:
            print(f'{name}:{ln}: {lines[ln-1]}')
    json.dump(res, open(HERE / 'sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
