"""Draw up to 20 entries a list with ONE random.Random(5011), lists in sorted file-name order.

Candidate lines:
- list items (bullets -, *, + and numbered 1. / 1) at any indent; a bare "-" line counts too),
- table body rows (rows after a |---| separator row; header and separator rows excluded),
- lines starting with bold (**),
- heading lines that are papers' titles: only Awesome3DGS writes papers as headings, all of the
  form "#### [N] Title", so a heading whose text starts with "[N]" (N a number, or S+number) is a
  paper-title heading; other headings are section headings and not candidates.
Skipped: fenced code and HTML comments.

Entry starts: a drawn line is mapped to the start of the entry it belongs to.
- Every line under a paper-title heading, up to the next heading, belongs to that heading's entry
  (Awesome3DGS: the bullets "作者", "单位", "链接", "说明" are the details of one paper).
- A non-item continuation line (no blank line in between) belongs to the item above it.
- Otherwise an item (at any indent, e.g. nested table-of-contents links) or a table row is an
  entry of its own.
Each list's candidates are shuffled and walked until 20 distinct entries are held (fewer if the
list has fewer). Writes sample.jsonl (list, line, text) next to this script; counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+](\s+|$)|\d+[.)]\s+)')
HEADING = re.compile(r'^\s{0,3}(#{1,6})\s+(.*)$')
PAPER_HEADING = re.compile(r'^\[S?\d+\]\s+\S')


def scan(lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur = None        # start line of the current entry, for continuation lines
    paper_head = None # line of the current paper-title heading, owner of the lines below it
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            cur = paper_head = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        h = HEADING.match(line)
        if h:
            in_table = False
            if PAPER_HEADING.match(h.group(2)):
                paper_head = cur = i
                cands.append(i)
                start[i] = i
            else:
                paper_head = cur = None
            continue
        if not s:
            cur = None
            in_table = False
            continue
        if paper_head is not None:
            # everything up to the next heading is a detail of this paper
            if ITEM.match(line) or s.startswith('**') or s.startswith('|'):
                cands.append(i)
            start[i] = paper_head
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s) and '-' in s:
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            cands.append(i)
            start[i] = i
            cur = i
        elif s.startswith('**'):
            cands.append(i)
            start[i] = i
            cur = i
        elif (s.startswith('<') or s.startswith('>')
              or re.match(r'^([-*_])(\s*\1){2,}$', s)):
            cur = None   # HTML, quote or thematic break ends the entry
        elif cur is not None:
            start[i] = cur  # continuation line of the entry above
    return cands, start


def main():
    rng = random.Random(5011)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidates, {len(set(start[c] for c in cands))} entries, '
              f'{len(held)} drawn', file=sys.stderr)
        for e in sorted(held):
            out.append({'list': name, 'line': e, 'text': lines[e - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
