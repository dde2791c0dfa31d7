"""Sample 20 entries per list with random.Random(2802) (a fresh generator per list).

Candidates: list items (bullets -,*,+ and numbered N. / N), at any indent), table body rows
(lines starting with '|' that are neither the header row nor the |---| separator), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped.
Lines are split on '\n' (1-based physical lines of the saved file).

Candidates are drawn in the order of rng.sample(cand, len(cand)); each drawn line is mapped to the
start of the entry it belongs to (in handong1587's file a paper is a bold title line followed by a
blank line and '- intro:/arxiv:/github:' sub-bullets, so a sub-bullet maps back to its bold title
line), and drawing stops at 20 distinct entries.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
SEED = 2802


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
    """Map a sub-bullet of a bold-titled entry back to the bold title line."""
    line = lines[n - 1]
    if not re.match(r'^- ', line):
        return n
    j = n - 1
    while j >= 1:
        prev = lines[j - 1]
        if prev.startswith('- ') or prev.strip() == '':
            j -= 1
            continue
        if prev.startswith('**') and prev.rstrip().endswith('**'):
            return j
        break
    return n


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cand = candidates(lines)
        rng = random.Random(SEED)
        order = rng.sample(cand, len(cand))
        picked, drawn = [], []
        for n in order:
            drawn.append(n)
            s = entry_start(lines, n)
            if s not in picked:
                picked.append(s)
            if len(picked) == 20:
                break
        res[name] = {'entries': sorted(picked), 'drawn': drawn}
        print(name, 'lines', len(lines), 'candidates', len(cand), 'drawn', len(drawn))
        for n in sorted(picked):
            print('  %4d  %s' % (n, lines[n - 1][:170]))
    os.makedirs('/tmp/s28b-work', exist_ok=True)
    json.dump(res, open('/tmp/s28b-work/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
