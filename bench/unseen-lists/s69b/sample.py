#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6921), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, any indent), table body rows (not header or
separator rows), lines starting with bold (** or __), and, in a list that writes papers as
headings (rkuo2000__AI-course: one `###` heading per paper), those entry headings.
Skipped: fenced code, HTML comments, a YAML front matter block at the top of the file.

Entry mapping:
- an indented list item belongs to the nearest preceding top-level list item (no heading
  in between);
- a bold line below an entry heading (no `---` rule or other heading in between) belongs to
  that heading;
- a list entry runs from its item line over the following non-blank lines that are indented
  or lazy continuations (not a new item, heading, table row, rule, quote or HTML block);
- a heading entry runs from its heading to the last non-blank line before the next `---`
  rule or heading.
Writes sample.jsonl (list, line, raw, drawn_line) in draw order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ENTRY_HEADING = {'rkuo2000__AI-course.README.md': 3}
BULLET = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|.*\|\s*$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
HEAD = re.compile(r'^\s{0,3}(#{1,6})\s')
RULE = re.compile(r'^\s{0,3}(?:-\s*){3,}$')


def skipped(lines):
    skip = [False] * len(lines)
    fence = comment = False
    start = 0
    if lines and lines[0].strip() == '---':  # YAML front matter
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                for k in range(0, j + 1):
                    skip[k] = True
                start = j + 1
                break
    for i in range(start, len(lines)):
        s = lines[i].strip()
        if fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = fence = True
            continue
        if comment:
            skip[i] = True
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                comment = True
    return skip


def lazy(l):
    s = l.strip()
    return bool(s) and not (BULLET.match(l) or HEAD.match(l) or TABLE.match(l) or RULE.match(l)
                            or s.startswith(('<', '>')))


def analyse(name, lines):
    n = len(lines)
    skip = skipped(lines)
    hlevel = ENTRY_HEADING.get(name)
    cands, start, kind = [], {}, {}
    top = None    # current top-level list item
    ehead = None  # current entry heading
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        m = BULLET.match(l)
        if m:
            if not m.group(1):
                top = i
                start[i] = i
                kind[i] = 'list'
            else:
                start[i] = top if top is not None else i
                kind.setdefault(start[i], 'list')
            cands.append(i)
            continue
        h = HEAD.match(l)
        if h:
            top = None
            ehead = None
            if hlevel and len(h.group(1)) == hlevel:
                ehead = i
                cands.append(i)
                start[i] = i
                kind[i] = 'head'
            continue
        if RULE.match(l):
            ehead = None
            top = None
            continue
        if not l.strip():
            continue
        if l.startswith((' ', '\t')) and top is not None:
            continue
        if top is not None and lazy(l):
            continue
        top = None
        if TABLE.match(l) and not SEP.match(l):
            if i + 1 < n and SEP.match(lines[i + 1]):
                continue
            cands.append(i)
            start[i] = i
            kind[i] = 'row'
        elif BOLD.match(l):
            cands.append(i)
            if ehead is not None:
                start[i] = ehead
            else:
                start[i] = i
                kind[i] = 'bold'
    return cands, start, kind, skip


def extent(lines, s, k):
    n = len(lines)
    if k == 'head':
        j, last = s + 1, s
        while j < n and not HEAD.match(lines[j]) and not RULE.match(lines[j]):
            if lines[j].strip():
                last = j
            j += 1
        return last
    if k == 'row':
        return s
    j = s
    while j + 1 < n:
        l = lines[j + 1]
        if not l.strip():
            break
        if l.startswith((' ', '\t')) or (k == 'list' and lazy(l)) or (k == 'bold' and lazy(l)):
            j += 1
            continue
        break
    return j


def main():
    rng = random.Random(6921)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, kind, _ = analyse(name, lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = start[i]
            if s in [h[0] for h in held]:
                continue
            held.append((s, i))
            if len(held) == N:
                break
        nstarts = len(set(start[i] for i in cands))
        print(f'{name}: {len(cands)} candidate lines, {nstarts} entries, drew {len(held)}')
        for s, i in held:
            e = extent(lines, s, kind.get(s, 'list'))
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1]),
                        'drawn_line': i + 1})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
