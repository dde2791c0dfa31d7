"""Sample 20 candidate entry lines per list with random.Random(3307) (a fresh RNG per list).

Candidates: list items (bullets -, *, + or numbered 1. / 1)), table body rows (a |-row that
is neither the header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments (<!-- ... -->, single- or multi-line) are skipped.
Lists are processed in sorted file-name order. Prints list, 1-based line number and the line.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('|'):
            is_header = not prev_table
            prev_table = True
            if is_header or SEP.match(s.replace('|', ' ', 1)) or re.fullmatch(r'[|:\-\s]+', s):
                continue
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3307)
        picked = sorted(rng.sample(cands, 20))
        print(f'# {name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
