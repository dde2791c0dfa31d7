"""Sample 20 entries a list with one random.Random(7341), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7341)

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s{0,3}(\*\*|__)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return {line_no: entry_start_line_no} for candidate lines (1-based)."""
    out = {}
    in_fence = False
    in_comment = False
    prev_table = False
    entry_start = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
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
            if SEP.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            is_header = (not prev_table) and SEP.match(nxt or '')
            prev_table = True
            if not is_header:
                out[i] = i
            entry_start = None
            continue
        prev_table = False
        if BULLET.match(line) or BOLD.match(line):
            out[i] = i
            entry_start = i
            continue
        if not s or s.startswith('#') or s.startswith('<h'):
            if not s:
                # a blank line does not end a list item whose next line is indented
                continue
            entry_start = None
            continue
        # indented continuation of the entry above
        if entry_start is not None and line[:1] in (' ', '\t'):
            continue
        entry_start = None
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = sorted(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = cands[ln]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(f'{name}: {len(order)} candidate lines, {len(held)} entries drawn')
        for st in held:
            result.append({'list': name, 'line': st, 'raw': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in result:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
