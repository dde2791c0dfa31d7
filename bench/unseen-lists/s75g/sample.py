#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7571) over the lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered N. / N), also inside a blockquote "> - "),
table body rows (rows after a |---| separator row), lines starting with bold (**), skipping fenced
code and HTML comments. Empty list items ("- " with nothing after the marker) carry no entry and are
not candidates. No list here writes papers as headings, so no heading is a candidate.
Every entry in these three files is a single line (no indented or lazy continuation lines follow a
candidate), so a drawn line maps to itself; the mapping step is kept generic anyway.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(?:>\s*)*\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def read_lines(path):
    with open(path, encoding='utf-8') as f:      # universal newlines: CRLF read as LF
        return f.read().split('\n')


def candidates(lines):
    cands, starts = [], {}
    in_fence = in_comment = False
    in_table_body = False
    entry_start = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table_body = True
                continue
            if in_table_body:
                cands.append(i); starts[i] = i
            continue
        in_table_body = False
        if not s:
            entry_start = None
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            cands.append(i); starts[i] = i; entry_start = i
        elif entry_start is not None and line[:1] in (' ', '\t'):
            # indented continuation of the entry above
            cands.append(i); starts[i] = entry_start
    return cands, starts


def main():
    rng = random.Random(7571)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = read_lines(path)
        cands, starts = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = starts[ln]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(starts.values()))} entries, drew {len(held)}')
        for st in held:
            out.append({'list': name, 'line': st, 'raw': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
