"""Sample 20 candidate entry lines per list with random.Random(2801) (a fresh generator per list).

Candidates: list items (bullets -,*,+ and numbered "N." / "N)" at any indent, and bracketed
reference numbers "[N] " at line start, which YapengTian's citation-style list uses instead of
Markdown numbering), table body rows (lines starting with '|' that are neither the header row nor
the |---| separator), and lines starting with bold (**). Fenced code blocks and HTML comments
are skipped. Lines are split on '\n', so line numbers are 1-based physical lines of the saved file.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)]|\[\d+\])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


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


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]
        cand = candidates(lines)
        rng = random.Random(2801)
        picked = sorted(rng.sample(cand, 20))
        # Top-up order: when two sampled lines fall in the same multi-line entry (a name line and
        # its citation sub-bullet), the labeller takes further lines from this order, skipping
        # lines whose entry is already in the sample, until 20 distinct entries are reached.
        rest = [c for c in cand if c not in picked]
        extra = rng.sample(rest, min(10, len(rest)))
        res[name] = {'picked': picked, 'extra': extra}
        print(name, 'lines', len(lines), 'candidates', len(cand))
        for n in picked:
            print('  %4d  %s' % (n, lines[n - 1][:170]))
        print('  top-up order:', extra)
        for n in extra[:4]:
            print('  +%4d  %s' % (n, lines[n - 1][:170]))
    os.makedirs('/tmp/s28a-work', exist_ok=True)
    json.dump(res, open(os.path.join('/tmp/s28a-work', 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
