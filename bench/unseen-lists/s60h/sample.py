"""Sample 20 entries a list for s60h: one random.Random(6081) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 6081

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^\s*(```|~~~)')


def candidates(lines):
    """Return (candidate line numbers, map line -> entry start), 1-based."""
    cands, start_of = [], {}
    in_fence = in_comment = False
    prev_table = False
    current = None  # start line of the list item whose continuation lines follow
    for i, line in enumerate(lines, 1):
        if FENCE.match(line):
            in_fence = not in_fence
            current = None
            continue
        if in_fence:
            continue
        if in_comment or line.lstrip().startswith('<!--'):
            in_comment = '-->' not in line
            prev_table = False
            continue
        if TABLE.match(line):
            # header row = a table row followed by a separator row; separator rows are skipped
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(line) or (not prev_table and SEP.match(nxt)):
                prev_table = True
                continue
            prev_table = True
            cands.append(i); start_of[i] = i; current = None
            continue
        prev_table = False
        if not line.strip():
            current = None
            continue
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i); start_of[i] = i; current = i
            continue
        if current is not None and line[:1] in (' ', '\t'):
            start_of[i] = current  # continuation line of a multi-line item
    return cands, start_of


def entry_lines(lines, start):
    """The entry's raw lines: its first line plus indented continuation lines."""
    out = [lines[start - 1]]
    if TABLE.match(lines[start - 1]):
        return out
    j = start
    while j < len(lines):
        l = lines[j]
        if not l.strip() or ITEM.match(l) or TABLE.match(l) or not l[:1] in (' ', '\t'):
            break
        out.append(l); j += 1
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands, start_of = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            s = start_of.get(ln, ln)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{f}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for s in sorted(held):
            out.append({'list': f, 'line': s, 'raw': '\n'.join(entry_lines(lines, s))})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
