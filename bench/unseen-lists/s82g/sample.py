"""Draw 20 entries a list with ONE random.Random(8271) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), markdown table body rows (not header or separator
rows), lines starting with bold, and paper-title headings (none of the three lists writes papers
as headings). Fenced code and HTML comments are skipped. A drawn line is mapped to the first line
of the entry it belongs to (an indented non-list line right under a list item continues it; the
three saved lists have no multi-line entries, so every entry is one line).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    cands, owner = [], {}
    in_fence = in_comment = False
    cur = None              # start line of the current list entry
    prev_table = False      # previous line was a table line
    table_header_seen = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur = None
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if not prev_table:
                table_header_seen = False   # first row of a table is its header
                prev_table = True
                continue
            prev_table = True
            if SEP_RE.match(s):
                table_header_seen = True
                continue
            if table_header_seen:
                cands.append(i); owner[i] = i
            cur = None
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            cands.append(i); owner[i] = i; cur = i
            continue
        if cur is not None and s and line[:1] in ' \t' and not s.startswith('#'):
            cands.append(i); owner[i] = cur   # continuation line
            continue
        cur = None
    return cands, owner


def main():
    rng = random.Random(8271)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, owner = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = owner[ln]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(name, 'candidates', len(cands), 'entries', len(set(owner.values())), 'drawn', len(held))
        for st in sorted(held):
            out.append({'list': name, 'line': st, 'raw': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
