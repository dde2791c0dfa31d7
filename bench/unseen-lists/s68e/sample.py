"""Draw 20 entries a list with ONE random.Random(6851) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (candidate line numbers, map line -> entry start line), 1-based."""
    in_fence = in_comment = False
    cands, start_of = [], {}
    last_start = None
    for i, line in enumerate(lines):
        n = i + 1
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            last_start = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            last_start = None
            continue
        is_table = s.startswith('|')
        if is_table:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(s) or SEP.match(nxt):   # separator row or header row
                last_start = None
                continue
            cands.append(n); start_of[n] = n; last_start = None
            continue
        if ITEM.match(line) or s.startswith('**'):
            cands.append(n); start_of[n] = n; last_start = n
            continue
        if s.startswith('#'):
            last_start = None
            continue
        # a plain continuation line right under an entry belongs to that entry
        if last_start is not None:
            cands.append(n); start_of[n] = last_start
    return cands, start_of


def main():
    rng = random.Random(6851)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            st = start_of[n]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(start_of.values()))} entries, drew {len(held)}')
        for st in held:
            out.append({'list': name, 'line': st, 'text': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
