"""Draw up to 20 entries a list with ONE random.Random(5321), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered `1.` / `1)`, at any indent), table body
rows (rows after a |---| separator row; header and separator rows excluded), and lines starting
with bold (`**`). None of the three lists writes papers as headings (gaomingqi's headings are
years and venues, wangdongdut's are sections, hexdjx has no Markdown headings beyond its H1), so
no heading line is a candidate. Fenced code and HTML comments (<!-- ... -->, also over several
lines) are skipped.

Each list's candidates are shuffled and walked; each drawn line is mapped to the start of the
entry it belongs to and drawing goes on until 20 distinct entries are held (fewer if the list has
fewer). In these three files every candidate line is itself the first line of an entry (the
continuation lines -- gaomingqi's wrapped titles, hexdjx's Chinese notes, wangdongdut's
"（Peformance: ...）" and wrapped author lines -- are never candidates), so the mapping is the
identity; it is still done by the `start` map below. An entry of a list item runs on over the
following non-blank lines that are not items, headings or table rows (its suggested end is
printed; the labelled `raw` was then fixed by eye).

Prints one JSON object a line: list, line (entry start), end (suggested last line), text;
counts go to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
HEAD = re.compile(r'^\s{0,3}#{1,6}(\s|$)')


def scan(lines):
    cands, start, end = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in raw:
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
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
                end[i] = i
            continue
        in_table = False
        if HEAD.match(raw):
            cur = None
            continue
        if ITEM.match(raw) or s.startswith('**'):
            cands.append(i)
            start[i] = i
            end[i] = i
            cur = i
            continue
        if cur is not None:          # continuation line of the current entry
            start[i] = cur
            end[cur] = i
    return cands, start, end


def main():
    rng = random.Random(5321)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands, start, end = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start[ln]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in sorted(held):
            text = '\n'.join(lines[st - 1:end[st]])
            out.append({'list': name, 'line': st, 'end': end[st], 'text': text})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
