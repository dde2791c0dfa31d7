"""Draw up to 20 entries a list with ONE random.Random(6771), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (the XinshaoAmosWang list
writes each paper as a "#### Title (Venue Year)" heading); fenced code and HTML comments are
skipped. Continuation lines map to the first line of their entry:
  * an indented list item under a top-level item (a note such as " - First approach of ...",
    or the "* Paper: ..." / "* Code: ..." bullets under a paper heading) belongs to that item,
    except indented table-of-contents links "[Name](#anchor)", which are entries of their own;
  * under a paper heading, a "#####" note heading and the bullets and plain lines that follow,
    up to the next heading, belong to the paper heading.
The entry's raw text runs from its first line to its last continuation line (blank lines inside
kept, trailing blank lines dropped).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6771)

ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
HEAD = re.compile(r'^(#{1,6})\s+(.*)$')
TOC = re.compile(r'^\s+[-*+]\s+\[[^\]]*\]\(#')


def paper_heading(name, level, text):
    return name.startswith('XinshaoAmosWang') and level == 4


def candidates(name, lines):
    out = {}            # line_no -> entry start
    span = {}           # entry start -> last line of entry
    in_code = in_comment = False
    prev_table = False
    cur_item = None     # start of current top-level item
    cur_head = None     # start of current paper heading entry
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            continue
        h = HEAD.match(ln)
        if h:
            level = len(h.group(1))
            cur_item = None
            if paper_heading(name, level, h.group(2)):
                cur_head = i
                out[i] = i
                span[i] = i
            elif cur_head is not None and level == 5:
                span[cur_head] = i          # note heading under the paper
            else:
                cur_head = None
            continue
        if TABLE.match(ln):
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(ln):
                prev_table = True
                continue
            if not prev_table and SEP.match(nxt):
                prev_table = True
                continue
            prev_table = True
            out[i] = i
            span[i] = i
            continue
        prev_table = False
        m = ITEM.match(ln)
        if m:
            if cur_head is not None:
                out[i] = cur_head
                span[cur_head] = i
                continue
            if m.group(1) and cur_item is not None and not TOC.match(ln):
                out[i] = cur_item
                span[cur_item] = i
                continue
            out[i] = i
            span[i] = i
            if not m.group(1):
                cur_item = i
            continue
        if cur_head is not None:            # plain continuation line under a paper heading
            span[cur_head] = i
            continue
        if BOLD.match(ln):
            out[i] = i
            span[i] = i
            continue
        cur_item = None
    return out, span


def main():
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, span = candidates(name, lines)
        order = sorted(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = cands[ln]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(name, 'candidate lines', len(cands), 'entries', len(set(cands.values())), 'drawn', len(held))
        for st in held:
            res.append({'list': name, 'line': st, 'raw': '\n'.join(lines[st - 1:span[st]])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in res:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
