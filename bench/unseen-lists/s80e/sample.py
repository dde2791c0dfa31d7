"""Sample 20 entries a list with ONE random.Random(8051), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
level-4 headings of Cantoria__dynamic-graph-papers (that list writes each paper as a heading).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of its entry:
a bullet inside a paper-heading section belongs to that heading; a lazy continuation line
belongs to the list item above it.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
HEADING = re.compile(r'^(#{1,6})\s')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
PAPER_HEADING_LISTS = {'Cantoria__dynamic-graph-papers.README.md': '####'}


def analyse(name, lines):
    n = len(lines)
    skip = [False] * n
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if comment or s.startswith('<!--'):
            skip[i] = True
            comment = '-->' not in s
            continue
    paper_h = PAPER_HEADING_LISTS.get(name)
    cands = []          # candidate line indices (0-based)
    owner = {}          # candidate index -> entry start index
    cur_paper = None    # index of the current paper heading
    prev_table = False
    for i, l in enumerate(lines):
        if skip[i]:
            prev_table = False
            continue
        s = l.strip()
        m = HEADING.match(l)
        if m:
            cur_paper = i if (paper_h and m.group(1) == paper_h) else None
            if cur_paper is not None:
                cands.append(i)
                owner[i] = i
            prev_table = False
            continue
        is_table = s.startswith('|')
        if is_table:
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if TABLE_SEP.match(s) or (not prev_table and TABLE_SEP.match(nxt)):
                prev_table = True
                continue  # separator or header row
            cands.append(i)
            owner[i] = i
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(l) or s.startswith('**'):
            cands.append(i)
            owner[i] = cur_paper if cur_paper is not None else i
    return cands, owner, skip


def entry_raw(lines, start, name):
    l = lines[start]
    out = [l]
    if HEADING.match(l):
        j = start + 1
        while j < len(lines) and not HEADING.match(lines[j]):
            out.append(lines[j])
            j += 1
    else:
        j = start + 1
        while j < len(lines) and lines[j].strip() and not BULLET.match(lines[j]) \
                and not HEADING.match(lines[j]) and not lines[j].strip().startswith('|') \
                and not lines[j].strip().startswith('<'):
            out.append(lines[j])
            j += 1
    while out and not out[-1].strip():
        out.pop()
    return '\n'.join(out)


def main():
    rng = random.Random(8051)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for name in files:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        cands, owner, _ = analyse(name, lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            st = owner[c]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for st in held:
            result.append({'list': name, 'line': st + 1, 'raw': entry_raw(lines, st, name)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in result:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
