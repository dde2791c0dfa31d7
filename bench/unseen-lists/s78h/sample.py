"""Draw 20 entries a list with ONE random.Random(7881), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7881
N = 20

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
HEADING = re.compile(r'^\s*#{1,6}\s')


def candidates(lines):
    """Return (candidate line numbers, map line -> entry start), 1-based."""
    cands, start_of = [], {}
    in_fence = in_comment = False
    cur_start = None
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur_start = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('<!--'):
            continue
        if not s:
            cur_start = None
            prev_table = False
            continue
        if HEADING.match(line):
            # no list writes papers as headings here
            cur_start = None
            continue
        if TABLE_ROW.match(line):
            is_header = not prev_table  # first row of a table block
            prev_table = True
            if is_header or TABLE_SEP.match(line):
                continue
            cands.append(i); start_of[i] = i; cur_start = None
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            indent = len(line) - len(line.lstrip())
            cands.append(i); start_of[i] = i; cur_start = (i, indent)
            continue
        # a continuation line of a multi-line entry belongs to the entry's first line
        if cur_start is not None:
            start_of[i] = cur_start[0]
    return cands, start_of


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        lines = [l.rstrip('\r') for l in lines]
        cands, start_of = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of.get(ln, ln)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in held:
            out.append({'list': name, 'line': st, 'raw': lines[st - 1]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
