"""Sample 20 candidate entry lines per list with random.Random(3808).

Candidates: list items (bullets -,*,+ and numbered N. / N)), table body rows
(lines starting with '|' that are neither a header row nor a separator row)
and lines starting with bold (**). Lines inside fenced code blocks and HTML
comments are skipped. Paths are relative to this file.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3808)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {'candidates': len(cands), 'lines': picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as fh:
        json.dump(result, fh, indent=1)


if __name__ == '__main__':
    main()
