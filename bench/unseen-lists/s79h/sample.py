"""Draw 20 entries a list with ONE random.Random(7981) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and, in
huggingface__trl.README.md (which writes each paper as a `###` heading), the `###` headings.
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of its entry:
a nested/indented line belongs to the item above it; in the heading-per-paper file a
`**📜 Paper**:` / `**📰 Blog**:` line belongs to the heading above it.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 7981
HEADING_LISTS = {'huggingface__trl.README.md'}
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s+(.*))?$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
PAPER_HEAD = re.compile(r'^###\s+\S')
LINKLINE = re.compile(r'^\*\*(📜|📰)')


def indent(s):
    s = s.replace('\t', '    ')
    return len(s) - len(s.lstrip(' '))


def analyse(lines, name):
    skip = [False] * len(lines)
    infence = incomment = False
    for i, l in enumerate(lines):
        st = l.strip()
        if st.startswith('```') or st.startswith('~~~'):
            skip[i] = True
            infence = not infence
            continue
        if infence:
            skip[i] = True
            continue
        if incomment or st.startswith('<!--'):
            skip[i] = True
            incomment = '-->' not in st
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        st = l.strip()
        if name in HEADING_LISTS and PAPER_HEAD.match(l):
            cands.append(i)
            continue
        m = ITEM.match(l)
        if m:
            if (m.group(2) or '').strip():
                cands.append(i)
            continue
        if st.startswith('|'):
            if SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            cands.append(i)
            continue
        if st.startswith('**') or st.startswith('__'):
            cands.append(i)
    return cands


def entry_start(lines, i, name):
    l = lines[i]
    if name in HEADING_LISTS and LINKLINE.match(l.strip()):
        j = i - 1
        while j >= 0 and (not lines[j].strip() or LINKLINE.match(lines[j].strip())):
            j -= 1
        if j >= 0 and PAPER_HEAD.match(lines[j]):
            return j
        return i
    if l.strip().startswith('|'):
        return i
    ind = indent(l)
    j = i
    while ind > 0 and j > 0:
        j -= 1
        p = lines[j]
        if not p.strip():
            continue
        if p.lstrip().startswith('#'):
            break
        pi = indent(p)
        if pi < ind and ITEM.match(p):
            i, ind = j, pi
        elif pi < ind:
            break
    return i


def entry_end(lines, s, name):
    if name in HEADING_LISTS and PAPER_HEAD.match(lines[s]):
        e = s
        k = s + 1
        while k < len(lines):
            st = lines[k].strip()
            if not st:
                k += 1
                continue
            if LINKLINE.match(st):
                e = k
                k += 1
                continue
            break
        return e
    if lines[s].strip().startswith('|'):
        return s
    ind = indent(lines[s])
    e = s
    k = s + 1
    while k < len(lines):
        l = lines[k]
        if not l.strip():
            break
        if indent(l) > ind and not l.lstrip().startswith('#'):
            e = k
            k += 1
            continue
        break
    return e


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = analyse(lines, name)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i, name)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            e = entry_end(lines, s, name)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
