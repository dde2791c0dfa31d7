"""Sample 20 candidate entry lines per list with random.Random(2808) (a fresh generator per list).

Candidates: list items (bullets -, *, + and numbered "N." / "N)" at any indent), table body rows
(lines whose stripped text starts with '|' and that are neither a header row nor a |---| separator;
separators may use single dashes, as in "| - | - | - |"), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Lines are split on '\n'; numbers are 1-based.
If two sampled lines belong to the same entry (a title line and its sub-bullet), further lines
are taken from the top-up order, skipping lines whose entry is already sampled.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
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
        elif s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cand = candidates(lines)
        rng = random.Random(2808)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        rest = [c for c in cand if c not in picked]
        extra = rng.sample(rest, min(10, len(rest)))
        res[name] = {'picked': picked, 'extra': extra}
        print(name, 'lines', len(lines), 'candidates', len(cand))
        for n in picked:
            print('  %4d  %s' % (n, lines[n - 1][:150]))
        print('  top-up order:', extra)
    os.makedirs('/tmp/s28h-work', exist_ok=True)
    json.dump(res, open('/tmp/s28h-work/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
