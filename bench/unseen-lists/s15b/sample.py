"""Sample 20 candidate entry lines per list with random.Random(1502).

Candidates: list items (bullets -,*,+ and numbered "N." / "N)", at any indent),
table body rows (a |-row that is neither a header row nor a |---| separator),
and lines whose first non-blank characters are "**".
Skipped: fenced code blocks (``` / ~~~) and everything inside HTML comments.
A fresh random.Random(1502) is used for each list (lists in sorted file-name order).
Output: JSON lines {list, line, text} to stdout.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if not in_comment and (s.startswith('```') or s.startswith('~~~')):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        # strip HTML comments (may open/close within a line)
        visible = ''
        rest = line
        while rest:
            if in_comment:
                j = rest.find('-->')
                if j < 0:
                    rest = ''
                else:
                    rest = rest[j + 3:]
                    in_comment = False
            else:
                j = rest.find('<!--')
                if j < 0:
                    visible += rest
                    rest = ''
                else:
                    visible += rest[:j]
                    rest = rest[j + 4:]
                    in_comment = True
        v = visible.strip()
        if not v:
            continue
        if v.startswith('|'):
            if SEP.match(v):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(visible) or v.startswith('**'):
            out.append(i + 1)
    return out


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    for name in names:
        with open(os.path.join(HERE, name), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(1502)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for n in picked:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False))


if __name__ == '__main__':
    main()
