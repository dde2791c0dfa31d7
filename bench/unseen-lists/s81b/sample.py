"""Sample 20 entries a list with ONE random.Random(8121) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; skip fenced code and HTML comments. None of the three lists writes
papers as headings, so no heading lines are candidates.
Each drawn line is mapped to the first line of the entry it belongs to:
  * a non-list continuation line belongs to the list item above it (not a candidate anyway);
  * an indented sub-bullet that only describes its parent item (e.g. "  - FlashMLA is ..." under
    "- Flash MLA [DeepSeek]: https://...") belongs to the parent item; nested table-of-contents
    links ("  - [1.1 ...](#...)") are entries of their own.
The entry's raw text runs from its first line to the line before the next blank line, heading,
or list item of the same or lesser indent.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
TOC_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for l in lines:
        s = l.strip()
        if comment:
            out.append(True)
            if '-->' in l:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            out.append(True)
            fence = not fence
            continue
        if fence:
            out.append(True)
            continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s:
                comment = True
            continue
        out.append(False)
    return out


def indent(l):
    return len(l) - len(l.lstrip(' '))


def candidates(lines, mask):
    c = []
    for i, l in enumerate(lines):
        if mask[i]:
            continue
        if LIST_RE.match(l) or l.lstrip().startswith('**'):
            c.append(i)
        elif l.lstrip().startswith('|'):
            if SEP_RE.match(l):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.strip():
                continue  # header row
            c.append(i)
    return c


def entry_start(lines, i):
    l = lines[i]
    m = LIST_RE.match(l)
    if m and indent(l) > 0 and not TOC_RE.match(l):
        # sub-bullet: belongs to the nearest less-indented list item above, if contiguous
        j = i - 1
        while j >= 0 and lines[j].strip():
            mj = LIST_RE.match(lines[j])
            if mj and indent(lines[j]) < indent(l):
                return entry_start(lines, j)
            j -= 1
    return i


def entry_end(lines, s):
    l = lines[s]
    if l.lstrip().startswith('|'):
        return s
    base = indent(l)
    e = s
    for k in range(s + 1, len(lines)):
        t = lines[k]
        if not t.strip() or t.lstrip().startswith('#'):
            break
        m = LIST_RE.match(t)
        if m and indent(t) <= base:
            break
        if m and TOC_RE.match(t):
            break
        e = k
    return e


def main():
    rng = random.Random(8121)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        mask = masked(lines)
        cand = candidates(lines, mask)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(cand)} candidate lines, {len(held)} entries drawn')
        for s in held:
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
