#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(8151) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8151)

LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*\*\*\S')


def candidates(lines):
    """Return {candidate line index (0-based): entry start index (0-based)}."""
    out = {}
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line (so a following row is body, header is first)
    table_row_no = 0
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if TABLE_RE.match(ln):
            table_row_no = table_row_no + 1 if prev_table else 1
            prev_table = True
            # row 1 is the header, row 2 the separator
            if table_row_no >= 3 and not SEP_RE.match(ln):
                out[i] = i
            continue
        prev_table = False
        table_row_no = 0
        m = LIST_RE.match(ln)
        if m:
            ind = len(m.group(1).expandtabs(4))
            start = i
            if ind >= 2:
                # nested item: belongs to the nearest list item above with a smaller indent
                j = i - 1
                while j >= 0 and lines[j].strip():
                    mj = LIST_RE.match(lines[j])
                    if mj and len(mj.group(1).expandtabs(4)) < ind:
                        start = j
                        break
                    j -= 1
            out[i] = start
            continue
        if BOLD_RE.match(ln):
            out[i] = i
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        order = sorted(cand)
        rng.shuffle(order)
        held = []
        for c in order:
            st = cand[c]
            if st not in held:
                held.append(st)
            if len(held) >= 20:
                break
        n_entries = len(set(cand.values()))
        print(f'{name}: {len(cand)} candidate lines, {n_entries} entries, drew {len(held)}')
        for st in held:
            result.append({'list': name, 'line': st + 1, 'text': lines[st]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
