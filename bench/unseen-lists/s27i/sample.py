"""Sample 20 entries per list with random.Random(2701) (a fresh generator per list).

Candidates: list items (bullets -,*,+ and numbered N. / N) at any indent), table body rows
(lines starting with '|' that are neither the header row nor the |---| separator), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped. Lines are split on
'\n' with a trailing '\r' removed (the IQA list uses CRLF line endings).

The candidate lines are shuffled with the generator and taken in that order; a candidate that is
only a detail line of an entry above it (an indented bullet under a non-table-of-contents item,
e.g. the citation line under a dehazing method or the Homepage/Download lines under a dataset)
is mapped to the line where its entry starts, and an entry already taken is skipped, until 20
distinct entries are held.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
TOC = re.compile(r'\]\(#')


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
        elif s.startswith('**'):
            out.append(i + 1)
    return out


def entry_start(lines, n):
    """Line (1-based) where the entry holding line n starts."""
    line = lines[n - 1]
    m = ITEM.match(line)
    if not m or not m.group(1):
        return n
    if TOC.search(line) or '[[Code' in line or '[[Paper' in line:
        return n  # a nested table-of-contents line or a nested entry of its own
    ind = len(m.group(1))
    j = n - 1
    while j >= 1:
        prev = lines[j - 1]
        if not prev.strip():
            return n  # a blank line before any parent: not a detail line
        pm = ITEM.match(prev)
        if pm and len(pm.group(1)) < ind:
            if TOC.search(prev):
                return n
            return j
        j -= 1
    return n


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = [l[:-1] if l.endswith('\r') else l for l in open(path, encoding='utf-8', newline='').read().split('\n')]
        cand = candidates(lines)
        rng = random.Random(2701)
        order = list(cand)
        rng.shuffle(order)
        picked = []
        for n in order:
            s = entry_start(lines, n)
            if s not in picked:
                picked.append(s)
            if len(picked) == 20:
                break
        picked.sort()
        res[name] = picked
        print(name, 'candidates', len(cand))
        for n in picked:
            print('  %4d  %s' % (n, lines[n - 1][:160]))
    os.makedirs('/tmp/s27a-work/p2', exist_ok=True)
    json.dump(res, open('/tmp/s27a-work/p2/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
