"""Sample 20 entries per list with random.Random(2605).

Candidates: list items (bullets -,*,+ or numbered N. / N), at any indent),
table body rows (not the header row, not the |---| separator), and lines
starting with bold (** or __). Fenced code blocks and HTML comments are skipped.
Lists are processed in sorted file-name order with one shared RNG.

Each list's candidates are shuffled with rng.sample(cands, len(cands)) and
taken in that order.  In two lists an entry spans several candidate lines:
  * Chen-Yang-Liu__Awesome-Change-Captioning: a `- **Title** [[paper]]` line
    is followed by nested `  - authors` and `  - (date) venue` sub-bullets;
  * RS-GISer__Awesome-Remote-Sensing-Large-Model: a `- 2024-TGRS.[**Name(Paper)**]`
    line is followed by an indented paragraph (title, Chinese notes), some of
    whose lines start with bold.
There an indented candidate is mapped to the start line of the entry it belongs
to (the nearest line above at indent 0 that is a list item), and a candidate
whose entry is already taken is skipped, so each list gets 20 distinct entries
(or all of them, if it has fewer).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
MULTILINE = ('Chen-Yang-Liu__Awesome-Change-Captioning.README.md',
             'RS-GISer__Awesome-Remote-Sensing-Large-Model.README.md')


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


def entry_start(lines, n):
    """1-based line n -> 1-based start line of the entry holding it."""
    line = lines[n - 1]
    if not line[:1].isspace():
        return n
    for k in range(n - 1, 0, -1):
        prev = lines[k - 1]
        if prev.strip() and not prev[:1].isspace():
            return k if ITEM.match(prev) else n
    return n


def main():
    rng = random.Random(2605)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = {}
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = rng.sample(cands, len(cands))
        picked = []
        for n in order:
            start = entry_start(lines, n) if name in MULTILINE else n
            if start not in picked:
                picked.append(start)
            if len(picked) == 20:
                break
        picked.sort()
        result[name] = picked
        print(f'{name}: {len(cands)} candidates, {len(picked)} entries', file=sys.stderr)
        for n in picked:
            print(f'{name}\t{n}\t{lines[n-1]}')
    os.makedirs('/tmp/s26e-work', exist_ok=True)
    json.dump(result, open('/tmp/s26e-work/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
