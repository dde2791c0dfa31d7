"""Sample 20 candidate entry lines per list with random.Random(3505).

Candidates: list items (-, *, + bullets, numbered items; nested ones too),
table body rows (rows after a |---| separator), and lines starting with bold
(** or __).  Fenced code blocks and HTML comments are skipped.
Run from anywhere: paths are relative to this file.
"""
import os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|') or (in_table and '|' in s):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    picks = {}
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines)
        rng = random.Random(3505)
        chosen = sorted(rng.sample(cands, 20))
        picks[name] = chosen
        print(name, 'candidates:', len(cands), 'sample:', chosen, file=sys.stderr)
        for n in chosen:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False))
    return picks


if __name__ == '__main__':
    main()
