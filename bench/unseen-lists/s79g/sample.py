"""Draw 20 entries a list with ONE random.Random(7971), lists in sorted file-name order.

Candidates: list items (bullets, numbered, task-list), table body rows, lines starting with bold;
fenced code and HTML comments are skipped. No list here writes papers as headings.
A drawn line is mapped to the start of its entry:
  * a nested list item whose text does not start with a link (xueyu-ubc: "- authors", "- 📅 Date: ...")
    belongs to the enclosing item (the paper); nested items that start with a link (table-of-contents
    sub-items) are entries of their own;
  * indented non-item lines (showlab badge lines, also after one blank line) continue the item above.
Output: one JSON object a line with list, line (entry start, 1-based) and raw (the entry's lines).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, N = 7971, 20
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
HEADING = re.compile(r'^\s*#{1,6}\s')


def parse(lines):
    cands, start_of, end_of = [], {}, {}
    in_fence = in_comment = False
    top = None            # (start line, indent) of the open entry
    prev_table = False
    blank_run = 0
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; top = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            top = None
            continue
        if not s:
            blank_run += 1; prev_table = False
            if blank_run > 1:
                top = None
            continue
        was_blank = blank_run > 0
        blank_run = 0
        if HEADING.match(line) or s.startswith('<'):
            top = None; prev_table = False; continue
        if s.startswith('|'):
            header = not prev_table
            prev_table = True
            if header or TABLE_SEP.match(line):
                continue
            cands.append(i); start_of[i] = i; end_of[i] = i; top = None
            continue
        prev_table = False
        m = ITEM.match(line)
        indent = len(line) - len(line.lstrip())
        if m:
            text = m.group(2)
            text = re.sub(r'^\[[ xX]\]\s+', '', text)
            if top is not None and indent > top[1] and not text.startswith('['):
                cands.append(i); start_of[i] = top[0]; end_of[top[0]] = i
                continue
            cands.append(i); start_of[i] = i; end_of[i] = i; top = (i, indent)
            continue
        if BOLD.match(line):
            cands.append(i); start_of[i] = i; end_of[i] = i; top = (i, indent)
            continue
        if top is not None and (indent > top[1] or not was_blank):
            start_of[i] = top[0]; end_of[top[0]] = i
            continue
        top = None
    return cands, start_of, end_of


def main():
    rng = random.Random(SEED)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands, start_of, end_of = parse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of[ln]
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        papers_like = sum(1 for c in set(start_of[c] for c in cands))
        print(f'{name}: {len(cands)} candidate lines, {papers_like} entries, {len(held)} drawn', file=sys.stderr)
        for st in held:
            raw = '\n'.join(lines[st - 1:end_of[st]])
            print(json.dumps({'list': name, 'line': st, 'raw': raw}, ensure_ascii=False))


if __name__ == '__main__':
    main()
