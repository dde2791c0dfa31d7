"""Draw up to 20 entries a list with ONE random.Random(5551), lists in sorted file-name order.

Candidate lines:
- list items (bullets -, *, + and numbered 1. / 1) at any indent),
- table body rows (rows after a |---| separator row, up to the first line not starting with '|';
  header and separator rows excluded),
- lines starting with bold (**), after leading spaces,
- heading lines that are papers' titles: none of the three lists writes papers as headings, so no
  heading is a candidate.
Skipped: fenced code (``` / ~~~) and HTML comments.

Entry starts: a non-candidate, non-blank, non-heading line directly under a list item (no blank line
in between, e.g. the indented second line of a wrapped title in DeepReasoning) is a continuation of
that item; a drawn line maps to the first line of its entry. Every candidate here is the first line of
its own entry, so mapping only matters for continuation lines (which are never drawn themselves).
Each list's candidates are shuffled and walked until 20 distinct entries are held (fewer if the list
has fewer). Writes sample.jsonl (list, line, text) next to this script; counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s+|$)')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')


def scan(lines):
    cands, start, entry_lines = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            cur = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            cur = None
            continue
        if HEADING.match(line):
            in_table = False
            cur = None
            continue
        nxt = lines[i] if i < len(lines) else ''
        if s.startswith('|') and SEP.match(nxt) and '-' in nxt:
            in_table = False  # header row; the separator follows
            cur = None
            continue
        if SEP.match(line) and '|' in line and '-' in line:
            in_table = True
            cur = None
            continue
        if in_table:
            if s.startswith('|'):
                cands.append(i); start[i] = i; cur = None
                continue
            in_table = False
        if ITEM.match(line) or s.startswith('**'):
            cands.append(i); start[i] = i
            cur = i if ITEM.match(line) else None
            entry_lines[i] = [i]
            continue
        if cur is not None:  # continuation of the item above
            start[i] = cur
            entry_lines[cur].append(i)
    return cands, start, entry_lines


def main():
    rng = random.Random(5551)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, entry_lines = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            st = start[c]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        for st in held:
            span = entry_lines.get(st, [st])
            out.append({'list': name, 'line': st, 'text': '\n'.join(lines[j - 1] for j in span)})
        print(f'{name}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
