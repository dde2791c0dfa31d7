"""Draw 20 entries a list with one random.Random(6731), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def scan(lines):
    """Return candidate line numbers (0-based) and a map line -> entry start."""
    cand, start_of = [], {}
    in_fence = in_comment = False
    cur = None          # (start, indent) of the current list entry
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; cur = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if not s:
            cur = None; prev_table = False; continue
        if HEAD.match(ln):
            cur = None; prev_table = False; continue   # no list writes papers as headings
        m = ITEM.match(ln)
        if m:
            ind = len(m.group(1).expandtabs(4))
            if cur is not None and ind > cur[1]:
                start_of[i] = cur[0]                   # nested item: part of the parent entry
            else:
                cur = (i, ind); start_of[i] = i
            cand.append(i); continue
        if s.startswith('|'):
            if TABLE_SEP.match(s) or not prev_table:
                prev_table = True; continue            # header or separator row
            cand.append(i); start_of[i] = i; continue
        if s.startswith('**'):
            cand.append(i); start_of[i] = i; cur = (i, 10**6); continue   # items after it are new entries
        if cur is not None:
            start_of[i] = cur[0]                       # lazy continuation line
    return cand, start_of


def entry_raw(lines, start, start_of):
    out = [lines[start]]
    j = start + 1
    while j < len(lines) and start_of.get(j) == start:
        out.append(lines[j]); j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(6731)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    drawn = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand, start_of = scan(lines)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for c in order:
            st = start_of[c]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        n_entries = len(set(start_of[c] for c in cand))
        print(f'{f}: {len(cand)} candidate lines, {n_entries} entries, {len(held)} drawn')
        for st in sorted(held):
            drawn.append({'list': f, 'line': st + 1, 'raw': entry_raw(lines, st, start_of)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for d in drawn:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
