"""Sample 20 entries a list with ONE random.Random(8221), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
rng = random.Random(8221)

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    """Return list of (lineno, entry_start_lineno) for candidate lines (1-based)."""
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    entry_start = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            entry_start = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(line):
            # header row = first row of a table (the one followed by a separator)
            is_header = (i < len(lines) and SEP.match(lines[i]) and not prev_table)
            if not is_header and not SEP.match(line):
                out.append((i, i))
            prev_table = True
            entry_start = None
            continue
        prev_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append((i, i))
            entry_start = i
            continue
        if s == '' or s.startswith('#'):
            entry_start = None
            continue
        # a non-blank continuation line belongs to the entry above (not itself a candidate)
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for start in held:
            result.append({'list': name, 'line': start, 'text': lines[start - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in result:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
