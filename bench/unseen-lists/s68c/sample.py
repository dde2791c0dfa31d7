#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6831) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    """Return {candidate line number (1-based): entry start line number}."""
    out = {}
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
            if '-->' not in s:
                in_comment = True
            continue
        n = i + 1
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):      # header row
                continue
            out[n] = n
        elif ITEM.match(line):
            out[n] = n
        elif BOLD.match(line):
            # a bold line continues the paragraph it sits in: the entry starts at the paragraph's first line
            j = i
            while j > 0 and lines[j - 1].strip() != '' and not lines[j - 1].lstrip().startswith('#'):
                j -= 1
            out[n] = j + 1
    return out


def main():
    rng = random.Random(6831)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cand = candidates(lines)
        order = sorted(cand)
        rng.shuffle(order)
        held = []
        for n in order:
            start = cand[n]
            if start not in held:
                held.append(start)
            if len(held) >= N:
                break
        print(f'{name}: {len(cand)} candidate lines, {len(set(cand.values()))} entries, drew {len(held)}', file=sys.stderr)
        for start in sorted(held):
            result.append({'list': name, 'line': start, 'text': lines[start - 1]})
    for r in result:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
