"""Sample 20 candidate entries per list with random.Random(3803).

Candidates: list items (bullets -, *, + or numbered), table body rows
(not the header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. An entry's raw text is its
start line plus following continuation lines (non-blank lines that are not a
new candidate, heading, fence or comment).
Writes sample.json next to this file.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def mask(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if '-->' in ln:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            out.append(True)
            fence = not fence
            continue
        if fence:
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in ln[ln.index('<!--') + 4:]:
                comment = True
            continue
        out.append(False)
    return out


def candidates(lines):
    m = mask(lines)
    starts = []
    for i, ln in enumerate(lines):
        if m[i]:
            continue
        s = ln.strip()
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            starts.append(i)
        elif ITEM.match(ln) or BOLD.match(ln):
            starts.append(i)
    return starts, m


def extent(lines, i, starts, m):
    j = i + 1
    if lines[i].strip().startswith('|'):
        return i, i
    sset = set(starts)
    while j < len(lines):
        s = lines[j].strip()
        if not s or j in sset or m[j] or s.startswith('#') or s.startswith('|'):
            break
        j += 1
    return i, j - 1


def main():
    out = []
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        starts, m = candidates(lines)
        rng = random.Random(3803)
        pick = sorted(rng.sample(starts, min(20, len(starts))))
        for i in pick:
            a, b = extent(lines, i, starts, m)
            out.append({'list': name, 'line': a + 1, 'raw': '\n'.join(lines[a:b + 1]),
                        'n_candidates': len(starts)})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for o in out:
        print(o['list'][:20], o['n_candidates'], o['line'], repr(o['raw'])[:200])


if __name__ == '__main__':
    main()
