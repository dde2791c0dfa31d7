"""Sample 20 candidate entry lines per list with random.Random(2703) (a fresh generator per list).

Candidates: list items (bullets -,*,+ and numbered N. / N) at any indent), table body rows
(lines starting with '|' that are neither a header row, i.e. the row just above a |---| separator,
nor the separator itself), and lines starting with bold (** after at most 3 spaces of indent).
Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^ {0,3}\*\*')


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
        elif ITEM.match(line):
            out.append(i + 1)
        elif BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        rng = random.Random(2703)
        picked = sorted(rng.sample(cand, 20))
        res[name] = picked
        print(name, 'candidates', len(cand))
        for n in picked:
            print('  %4d  %s' % (n, lines[n - 1][:160]))
    os.makedirs('/tmp/s27c-work', exist_ok=True)
    json.dump(res, open('/tmp/s27c-work/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
