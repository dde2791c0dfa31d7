"""Sample 20 entries a list with ONE random.Random(7781) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)(?:>\s*)?([-*+]|\d+[.)])\s+\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (candidate line indices, entry_start map) for a list file."""
    cands, start_of = [], {}
    in_fence = in_comment = False
    prev_table = False
    cur_start = None  # start index of the current top-level list entry
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```'):
            in_fence = not in_fence
            cur_start = None
            continue
        if in_fence:
            continue
        if not s:
            cur_start = None
            prev_table = False
            continue
        if s.startswith('#'):
            cur_start = None
            prev_table = False
            continue
        if TABLE_RE.match(line):
            # first row of a table is the header; separator rows are skipped
            if SEP_RE.match(line):
                prev_table = True
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if not prev_table and SEP_RE.match(nxt):
                prev_table = True
                continue  # header row
            prev_table = True
            cands.append(i)
            start_of[i] = i
            cur_start = None
            continue
        prev_table = False
        m = LIST_RE.match(line)
        indent = len(line) - len(line.lstrip(' '))
        if m:
            if indent == 0 or cur_start is None:
                cur_start = i
            cands.append(i)
            start_of[i] = cur_start
            continue
        if s.startswith('**') and indent == 0:
            cands.append(i)
            start_of[i] = i
            cur_start = i
            continue
        # other text lines: continuation of the current entry if indented
        if indent == 0:
            cur_start = None
    return cands, start_of


def entry_raw(lines, start):
    """The entry's own lines: the start line and its indented continuation lines."""
    out = [lines[start]]
    if TABLE_RE.match(lines[start]):
        return lines[start]
    j = start + 1
    while j < len(lines):
        l = lines[j]
        if not l.strip():
            break
        if l.startswith(' ') or l.startswith('\t'):
            out.append(l)
            j += 1
            continue
        break
    return '\n'.join(out)


def main():
    rng = random.Random(7781)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            st = start_of[c]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        n_entries = len(set(start_of.values()))
        print(f'{name}: {len(cands)} candidate lines, {n_entries} entries, drew {len(held)}')
        for st in sorted(held):
            out.append({'list': name, 'line': st + 1, 'raw': entry_raw(lines, st)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
