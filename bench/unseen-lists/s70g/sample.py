"""Draw 20 entries a list with one random.Random(7071) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s+(.*))?$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def indent(s):
    s = s.replace('\t', '    ')
    return len(s) - len(s.lstrip(' '))


def analyse(lines):
    """Return (candidates, code_or_comment flags)."""
    skip = [False] * len(lines)
    infence = False
    incomment = False
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
            continue
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        st = l.strip()
        m = ITEM.match(l)
        if m:
            body = (m.group(2) or '').strip()
            if body:  # empty bullets ("- ") carry no entry
                cands.append(i)
            continue
        if st.startswith('|'):
            if SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            cands.append(i)
            continue
        if st.startswith('**') or st.startswith('__'):
            cands.append(i)
    return cands, skip


def entry_start(lines, i):
    """A nested (more indented) list item or an indented continuation belongs to the item above it."""
    l = lines[i]
    if lines[i].strip().startswith('|'):
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


def entry_end(lines, s):
    """Last line of the entry starting at s: following lines indented deeper than s."""
    if lines[s].strip().startswith('|'):
        return s
    ind = indent(lines[s])
    e = s
    k = s + 1
    while k < len(lines):
        l = lines[k]
        if not l.strip():
            k += 1
            continue
        if indent(l) > ind and not l.lstrip().startswith('#'):
            e = k
            k += 1
            continue
        break
    return e


def main():
    rng = random.Random(7071)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands, _ = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
