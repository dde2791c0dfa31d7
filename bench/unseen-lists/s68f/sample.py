"""Sample 20 entries a list with one random.Random(6861), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*\*\*')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')


def classify(lines):
    """Return list of kinds per line: None (skipped/other) or a candidate kind."""
    kinds = [None] * len(lines)
    in_fence = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_fence:
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            kinds[i] = 'skip'
            prev_table = False
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            kinds[i] = 'skip'
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            kinds[i] = 'skip'
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            kinds[i] = 'skip'
            continue
        if TABLE_RE.match(ln):
            if SEP_RE.match(ln):
                kinds[i] = 'sep'
            elif i + 1 < len(lines) and SEP_RE.match(lines[i + 1]) and not prev_table:
                kinds[i] = 'theader'
            else:
                kinds[i] = 'row'
            prev_table = True
            continue
        prev_table = False
        if HEAD_RE.match(ln):
            kinds[i] = 'heading'
        elif LIST_RE.match(ln):
            kinds[i] = 'item'
        elif BOLD_RE.match(ln):
            kinds[i] = 'bold'
        elif s == '':
            kinds[i] = 'blank'
        else:
            kinds[i] = 'text'
    return kinds


def entry_start(lines, kinds, i):
    """Map a candidate line to the first line of the entry it belongs to."""
    k = kinds[i]
    if k in ('item', 'row', 'heading'):
        return i
    # bold line: a soft-wrapped continuation of a paragraph belongs to the paragraph's first line
    j = i
    while j > 0 and kinds[j - 1] in ('text', 'bold'):
        j -= 1
    return j


def entry_end(lines, kinds, start):
    """Last line of the entry starting at start (continuation lines that are not new candidates)."""
    k = kinds[start]
    if k == 'row' or k == 'heading':
        return start
    end = start
    j = start + 1
    while j < len(lines) and kinds[j] == 'text' and (k != 'item' or lines[j].startswith(' ')):
        end = j
        j += 1
    if k == 'bold':
        while j < len(lines) and kinds[j] in ('text', 'bold'):
            end = j
            j += 1
    return end


def main():
    rng = random.Random(6861)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        kinds = classify(lines)
        cands = [i for i, k in enumerate(kinds) if k in ('item', 'row', 'bold')]
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, kinds, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for s in sorted(held):
            e = entry_end(lines, kinds, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
