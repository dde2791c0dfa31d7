"""Draw 20 entries a list with one random.Random(8041) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
heading lines that are paper titles (none of these three lists writes papers as headings).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of the entry it
belongs to: a nested list item under a parent item that carries no link (the "* **Abbr**: Authors."
line of Awesome-MIM) belongs to that parent; non-candidate lines are continuation lines.
"""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if '-->' in ln:
                comment = False
            continue
        if fence:
            out.append(True)
            if s.startswith('```') or s.startswith('~~~'):
                fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            out.append(True); fence = True; continue
        if s.startswith('<!--'):
            out.append(True)
            if '-->' not in s[4:]:
                comment = True
            continue
        out.append(False)
    return out


def candidates(lines, mask):
    cands = []
    prev_table_line = False
    for i, ln in enumerate(lines):
        if mask[i]:
            prev_table_line = False
            continue
        if TROW.match(ln):
            # body rows only: not the header (next line is a separator) and not the separator
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if not TSEP.match(ln) and not TSEP.match(nxt):
                cands.append(i)
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            cands.append(i)
    return cands


def entry_start(lines, mask, i):
    m = ITEM.match(lines[i])
    if not m or len(m.group(1)) == 0:
        return i
    ind = len(m.group(1))
    j = i - 1
    while j >= 0:
        if mask[j] or not lines[j].strip():
            return i  # a blank line ends the chain: own entry
        pm = ITEM.match(lines[j])
        if pm and len(pm.group(1)) < ind:
            # parent item: a nested item belongs to it when the parent carries no link
            return j if '](' not in lines[j] else i
        j -= 1
    return i


def entry_raw(lines, mask, start, cset):
    out = [lines[start]]
    k = start + 1
    while k < len(lines) and lines[k].strip() and not mask[k]:
        if k in cset and entry_start(lines, mask, k) != start:
            break
        out.append(lines[k]); k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(8041)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result, stats = [], {}
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        mask = masked(lines)
        cands = candidates(lines, mask)
        cset = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, mask, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        stats[name] = {'candidates': len(cands), 'entries': len(set(entry_start(lines, mask, c) for c in cands)), 'drawn': len(held)}
        for s in held:
            result.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, mask, s, cset)})
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == '__main__':
    main()
