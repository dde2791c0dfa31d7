"""Sample 20 entries a list with one random.Random(7021) over the lists in sorted file-name order."""
import glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """1-based candidate line numbers: list items, table body rows, bold-start lines.
    Fenced code and HTML comments are skipped. No list here writes papers as headings."""
    out, in_fence, in_comment = [], False, False
    for i, ln in enumerate(lines, 1):
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
        if LIST_RE.match(ln):
            out.append(i)
        elif s.startswith('|'):
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(s) or SEP_RE.match(nxt.strip()):
                continue  # separator row or header row
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out


def entry_of(name, lines, n):
    """Map drawn line n to (start, end) of the entry it belongs to (1-based, inclusive)."""
    if name.startswith('LutingWang__'):
        # Entry = "ABBR. *Venue*." paragraph (links, \- summary) + blank + "- title" / "- authors" bullets.
        # A bullet right after a paragraph block (not a heading) belongs to that paragraph's entry.
        i = n
        while i > 1 and LIST_RE.match(lines[i - 2]):
            i -= 1
        first_bullet = i
        j = first_bullet - 1  # line above first bullet (1-based index j)
        if j >= 1 and lines[j - 1].strip() == '' and j - 1 >= 1 and lines[j - 2].strip() and not lines[j - 2].startswith('#'):
            k = j - 1
            while k > 1 and lines[k - 2].strip() and not lines[k - 2].startswith('#'):
                k -= 1
            end = first_bullet
            while end < len(lines) and LIST_RE.match(lines[end]):
                end += 1
            return k, end
        return n, n
    # Other lists: one entry a line; indented non-list continuation lines would attach to it.
    end = n
    while end < len(lines) and lines[end].strip() and not LIST_RE.match(lines[end]) \
            and lines[end].startswith((' ', '\t')) and not lines[end].strip().startswith('<!--'):
        end += 1
    return n, end


def main():
    rng = random.Random(7021)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for n in order:
            if len(held) >= 20:
                break
            s, e = entry_of(name, lines, n)
            if s not in held:
                held[s] = (e, n)
        print(f'{name}: {len(cands)} candidates, {len(held)} entries')
        for s in sorted(held):
            e, n = held[s]
            rows.append({'list': name, 'line': s, 'drawn': n, 'raw': '\n'.join(lines[s - 1:e])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


import random
if __name__ == '__main__':
    main()
