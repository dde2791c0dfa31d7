"""Sample 20 candidate entry lines per list with random.Random(2501).

Candidates: list items (bullets -,*,+ or numbered N. / N), at any indent),
table body rows (not the header row, not the |---| separator), and lines
starting with bold (** or __). Fenced code blocks and HTML comments are skipped.
Lists are processed in sorted file-name order with one shared RNG.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
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
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2501)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = {}
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(f)
        result[name] = picked
        print(f'{name}: {len(cands)} candidates', file=sys.stderr)
        for n in picked:
            print(f'{name}\t{n}\t{lines[n-1]}')
    json.dump(result, open('/tmp/s25a-work/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
