"""Sample 20 candidate entry lines per list with random.Random(2907) (a fresh generator per list).

Candidates: list items (bullets -, *, + and numbered "N." / "N)" at any indent), table body rows
(lines whose stripped text starts with '|' and that are neither a header row nor a |---| separator),
and lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
Lines are split on '\n'; numbers are 1-based.
An indented list item directly under a less-indented list item (a sub-bullet such as
"  - Key idea: ...") belongs to that parent entry: it is mapped to the parent's line. If two sampled
lines map to the same entry, further lines are taken from the top-up order until 20 distinct entries.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
SEED = 2907


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


def entry_start(lines, n):
    """Map an indented sub-item to the nearest preceding less-indented list item (its parent)."""
    m = ITEM.match(lines[n - 1])
    if not m or len(m.group(1)) == 0:
        return n
    ind = len(m.group(1))
    j = n - 2
    while j >= 0:
        l = lines[j]
        if l.strip() == '':
            return n
        mm = ITEM.match(l)
        if mm and len(mm.group(1)) < ind:
            return j + 1
        j -= 1
    return n


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cand = candidates(lines)
        rng = random.Random(SEED)
        order = rng.sample(cand, len(cand))  # full random order; first 20 are the sample
        picked, seen = [], set()
        for n in order:
            e = entry_start(lines, n)
            if e in seen:
                continue
            seen.add(e)
            picked.append((n, e))
            if len(picked) == 20:
                break
        res[name] = sorted(picked, key=lambda x: x[1])
        print(name, 'lines', len(lines), 'candidates', len(cand))
        for n, e in res[name]:
            print('  %4d (entry %4d)  %s' % (n, e, lines[e - 1][:140]))
    os.makedirs('/tmp/s29g-work', exist_ok=True)
    json.dump(res, open('/tmp/s29g-work/sample.json', 'w'), indent=1)


if __name__ == '__main__':
    main()
