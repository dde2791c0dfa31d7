#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7251), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold. No list here writes papers as headings.
Fenced code and HTML comments are skipped.

Entry mapping: every candidate line maps to the first line of the entry it belongs to.
A nested list item that is the ONLY child of its parent item (and has no children of
its own) is a continuation of the parent (e.g. "* Title" + "  * Model [[paper]] [[code]]");
otherwise nested items are entries of their own. Non-list lines directly under an item
(no blank line between) are lazy continuations of it.

Writes sample.json: for each list, the number of candidates and the drawn entries
(start line, end line, raw text).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')


def scan(lines):
    """Return (candidates, entry_of, entry_end): candidate line numbers (1-based),
    map line -> entry start line, map entry start -> entry end line."""
    n = len(lines)
    skip = [False] * (n + 2)
    in_fence = in_comment = False
    for i, line in enumerate(lines, 1):
        s = line
        if in_comment:
            skip[i] = True
            if '-->' in s:
                in_comment = False
            continue
        if FENCE.match(s):
            in_fence = not in_fence
            skip[i] = True
            continue
        if in_fence:
            skip[i] = True
            continue
        if s.strip().startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
            continue

    # list items and their indentation; blocks of list lines separated by blank lines
    items = {}   # line -> indent
    for i, line in enumerate(lines, 1):
        if skip[i]:
            continue
        m = LIST_ITEM.match(line)
        if m:
            items[i] = len(m.group(1).expandtabs(4))

    # parent of each item: nearest previous item with smaller indent, with no blank
    # line (or non-continuation) between
    parent = {}
    children = {}
    stack = []   # (indent, line)
    for i, line in enumerate(lines, 1):
        if skip[i] or not line.strip():
            stack = []
            continue
        if i in items:
            ind = items[i]
            while stack and stack[-1][0] >= ind:
                stack.pop()
            if stack:
                parent[i] = stack[-1][1]
                children.setdefault(stack[-1][1], []).append(i)
            stack.append((ind, i))
        elif TABLE_ROW.match(line) or line.lstrip().startswith('#') or BOLD_START.match(line):
            stack = []

    # entry of each item: an only child without children merges into its parent
    entry_of = {}
    for i in sorted(items):
        p = parent.get(i)
        if p is not None and len(children.get(p, [])) == 1 and not children.get(i):
            entry_of[i] = entry_of.get(p, p)
        else:
            entry_of[i] = i

    # end line of each entry: the item line(s) plus lazy continuation lines
    entry_end = {}
    for i in sorted(items):
        e = entry_of[i]
        j = i
        while j + 1 <= n and lines[j].strip() and not skip[j + 1] and (j + 1) not in items \
                and not TABLE_ROW.match(lines[j]) and not lines[j].lstrip().startswith('#'):
            j += 1
        entry_end[e] = max(entry_end.get(e, e), j)

    cands = []
    for i, line in enumerate(lines, 1):
        if skip[i] or not line.strip():
            continue
        if i in items:
            cands.append(i)
            continue
        if TABLE_ROW.match(line):
            if TABLE_SEP.match(line):
                continue
            nxt = lines[i] if i < n else ''
            if TABLE_SEP.match(nxt):
                continue   # header row
            cands.append(i)
            entry_of[i] = i
            entry_end[i] = i
            continue
        if BOLD_START.match(line):
            cands.append(i)
            # a bold line inside an item's continuation belongs to that item
            owner = None
            for e, end in entry_end.items():
                if e < i <= end:
                    owner = e
            if owner is None:
                entry_of[i] = i
                entry_end[i] = i
            else:
                entry_of[i] = owner
    return cands, entry_of, entry_end


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7251)
    result = []
    for f in files:
        text = open(f, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands, entry_of, entry_end = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = entry_of[ln]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        drawn = []
        for start in held:
            end = entry_end.get(start, start)
            drawn.append({'line': start, 'end': end, 'raw': '\n'.join(lines[start - 1:end])})
            print(f'{name}\t{start}-{end}\t{lines[start-1][:140]}')
        result.append({'list': name, 'candidates': len(cands), 'drawn': drawn})
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'),
              indent=1, ensure_ascii=False)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
