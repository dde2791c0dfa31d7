"""Draw 20 entries a list with ONE random.Random(6821) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^(#{1,6})\s+(.*)$')


def classify(lines):
    """Return (candidates, kinds): candidate line indexes and a kind per line."""
    kinds = [None] * len(lines)
    in_code = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```'):
            in_code = not in_code
            kinds[i] = 'fence'
            continue
        if in_code:
            kinds[i] = 'code'
            continue
        if in_comment:
            kinds[i] = 'comment'
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            kinds[i] = 'comment'
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            kinds[i] = 'blank'
        elif s.startswith('|'):
            kinds[i] = 'tablesep' if TABLE_SEP.match(s) else 'table'
        elif BULLET.match(l):
            kinds[i] = 'item'
        elif s.startswith('**'):
            kinds[i] = 'bold'
        elif HEADING.match(s):
            kinds[i] = 'heading'
        else:
            kinds[i] = 'text'
    # table header rows: a table row directly followed by a separator
    for i in range(len(lines) - 1):
        if kinds[i] == 'table' and kinds[i + 1] == 'tablesep':
            kinds[i] = 'tablehead'
    cands = []
    for i, k in enumerate(kinds):
        if k in ('item', 'table', 'bold'):
            cands.append(i)
        elif k == 'heading':
            # papers written as headings: "### （date org MODEL）Title" under "# 论文整理"
            if re.match(r'^#{3,4}\s+（', lines[i].strip()):
                cands.append(i)
    return cands, kinds


def entry_start(lines, kinds, i):
    """Map a drawn line to the first line of the entry it belongs to."""
    k = kinds[i]
    if k in ('table', 'heading'):
        return i
    # a bold line indented under a list item (dataset paper lines, continuation paragraphs)
    # is its own entry; a line that is not a bullet/bold start is a continuation
    j = i
    while j > 0 and kinds[j] == 'text':
        j -= 1
    return j


def entry_end(lines, kinds, start):
    if kinds[start] in ('table', 'heading'):
        return start
    e = start
    while e + 1 < len(lines) and kinds[e + 1] == 'text':
        e += 1
    return e


def main():
    rng = random.Random(6821)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, kinds = classify(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, kinds, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in sorted(held):
            e = entry_end(lines, kinds, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
