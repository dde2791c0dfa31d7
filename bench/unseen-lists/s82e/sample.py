"""Draw 20 entries a list with ONE random.Random(8251) over the lists in sorted file-name order.

Candidate lines: list items, table body rows, lines starting with bold, and level-4+ headings that
carry a link (papers written as headings).  Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of its entry:
  * a line inside a blank-line-delimited block that opens with a bold line belongs to the block's
    first line (the ysp1214 shape: bold note / bold title / "* authors *" / venue line);
  * a nested list item (deeper indent) belongs to the top-level item above it.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$')
HEAD_RE = re.compile(r'^#{4,6}\s+.*\]\(|^#{4,6}\s+\[')


def analyse(lines):
    cands, owner = [], {}
    in_fence = in_comment = False
    block_start = None     # first line of a bold-opened block
    top_item = None        # (line, indent) of the current top-level list item
    prev_blank = True
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            block_start = top_item = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s == '':
            block_start = None
            top_item = None
            prev_blank = True
            continue
        if s.startswith('#'):
            block_start = top_item = None
            if HEAD_RE.match(s):
                owner[i] = i
                cands.append(i)
            prev_blank = False
            continue
        if prev_blank and s.startswith('**'):
            block_start = i
        prev_blank = False
        if block_start is not None:
            owner[i] = block_start
            if s.startswith('**') or LIST_RE.match(line):
                cands.append(i)
            continue
        m = LIST_RE.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            if top_item is not None and ind > top_item[1]:
                owner[i] = top_item[0]
            else:
                top_item = (i, ind)
                owner[i] = i
            cands.append(i)
            continue
        if s.startswith('|'):
            top_item = None
            if SEP_RE.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP_RE.match(nxt):
                continue
            owner[i] = i
            cands.append(i)
            continue
        if s.startswith('**'):
            owner[i] = i
            cands.append(i)
            continue
        if top_item is not None:
            owner[i] = top_item[0]
    return cands, owner


def entry_lines(lines, owner, start):
    end = start
    while end + 1 <= len(lines) and owner.get(end + 1) == start:
        end += 1
    return lines[start - 1:end]


def main():
    rng = random.Random(8251)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, owner = analyse(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            st = owner[c]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(owner[c] for c in cands))} entries, drew {len(held)}')
        for st in sorted(held):
            out.append({'list': name, 'line': st, 'raw': '\n'.join(entry_lines(lines, owner, st))})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
