"""Sample up to 20 entries a list with ONE random.Random(7041), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (none of the three lists
writes papers as headings). Fenced code and HTML comments are skipped. A drawn line is mapped to
the start of its entry (a continuation line of a multi-line entry, i.e. a non-blank line that
follows an item and is not itself an item, heading or table row, belongs to the entry's first
line); drawing goes on until 20 distinct entries are held (fewer if the list has fewer).
Writes sample.jsonl (list, line, raw) next to this script.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')


def is_table_row(s):
    return s.lstrip().startswith('|')


def candidates(lines):
    """Return (candidate line indexes, entry start of every candidate, entry end)."""
    cands, entry_of = [], {}
    spans = {}
    in_fence = in_comment = False
    current = None          # start index of the open list/bold entry
    n = len(lines)
    for i in range(n):
        s = lines[i]
        st = s.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if st.startswith('<!--'):
            if '-->' not in st:
                in_comment = True
            current = None
            continue
        if st.startswith('```') or st.startswith('~~~'):
            in_fence = not in_fence
            current = None
            continue
        if in_fence:
            continue
        if not st:
            current = None
            continue
        if HEAD_RE.match(s):
            current = None
            continue
        if is_table_row(s):
            current = None
            if SEP_RE.match(s):
                continue
            # header row: the row just before a separator row
            nxt = lines[i + 1] if i + 1 < n else ''
            if SEP_RE.match(nxt) and is_table_row(nxt):
                continue
            cands.append(i)
            entry_of[i] = i
            spans[i] = [i]
            continue
        if LIST_RE.match(s) or BOLD_RE.match(s):
            cands.append(i)
            entry_of[i] = i
            spans[i] = [i]
            current = i
            continue
        if current is not None:         # continuation line of the open entry
            cands.append(i)
            entry_of[i] = current
            spans[current].append(i)
    return cands, entry_of, spans


def main():
    rng = random.Random(7041)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, entry_of, spans = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            start = entry_of[i]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(spans)} entries, drew {len(held)}')
        for start in held:
            raw = '\n'.join(lines[j] for j in spans[start])
            out.append({'list': name, 'line': start + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
