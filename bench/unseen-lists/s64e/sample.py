"""Sample 20 entries a list for s64e with one random.Random(6451) over the lists in sorted file-name order."""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (candidate line numbers, map candidate -> entry start, entry end)."""
    out = []
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
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
        if ITEM.match(ln) or s.startswith('**'):
            out.append(i)
        elif s.startswith('|') and not SEP.match(s):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
    return out


def entry_span(lines, i, cands):
    """An entry runs from its item line over following non-blank, non-item, non-heading lines
    (indented continuations and the backtick note lines the lists put under an item)."""
    cs = set(cands)
    j = i + 1
    if lines[i].lstrip().startswith('|'):
        return i, i
    while j < len(lines) and lines[j].strip() and j not in cs and not lines[j].lstrip().startswith('#'):
        j += 1
    return i, j - 1


def main():
    rng = random.Random(6451)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        # map every line of an entry to its start (continuation lines belong to the first line)
        start_of = {}
        for c in cands:
            a, b = entry_span(lines, c, cands)
            for k in range(a, b + 1):
                start_of[k] = a
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = start_of.get(c, c)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for s in held:
            a, b = entry_span(lines, s, cands)
            result.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[a:b + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
