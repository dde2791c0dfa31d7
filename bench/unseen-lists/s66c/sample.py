"""Draw up to 20 entries a list with ONE random.Random(6631), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments are skipped (none of these lists writes
papers as headings). A nested bullet that is a field of its parent entry (`*Source:*`, `*Link:*`)
is a continuation line and maps to the parent item's first line.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6631)

ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
FIELD = re.compile(r'^\s+[-*+]\s+\*[A-Za-z ]+:\*')   # "    *   *Source:* ..." continuation


def candidates(lines):
    out = {}          # line_no -> entry start
    in_code = in_comment = False
    prev_table = False
    last_top_item = None
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
        if TABLE.match(ln):
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(ln):
                prev_table = True
                continue
            if not prev_table and SEP.match(nxt):   # header row
                prev_table = True
                continue
            prev_table = True
            out[i] = i
            continue
        prev_table = False
        m = ITEM.match(ln)
        if m:
            if FIELD.match(ln) and last_top_item is not None:
                out[i] = last_top_item
            else:
                out[i] = i
                if not m.group(1):
                    last_top_item = i
            continue
        if BOLD.match(ln):
            out[i] = i
    return out


def main():
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
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
            end = st
            while end + 1 in cands and cands[end + 1] == st:
                end += 1
            res.append({'list': name, 'line': st, 'raw': '\n'.join(lines[st - 1:end])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in res:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
