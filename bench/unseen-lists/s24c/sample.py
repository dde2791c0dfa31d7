"""Sample 20 candidate entry lines per list with random.Random(2403).

Candidates: list items (bullets -,*,+ and numbered N. / N) at any indent), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]\s|\d+[.)])')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2403)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        res[name] = {'n_candidates': len(cands), 'lines': picked}
        print(name, len(cands), picked)
    json.dump(res, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
