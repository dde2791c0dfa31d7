"""Sample 20 entries a list with ONE random.Random(7371), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and heading lines that are paper titles in a list that writes papers as headings
(a heading whose next non-blank line is a "- [Website]/[Paper]/[Code]" link bullet).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of its
entry: a bullet inside a heading-entry's link block belongs to that heading; an indented
continuation line belongs to the list item above it.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
HEAD_RE = re.compile(r'^#{1,6}\s')
LINKBUL_RE = re.compile(r'^- \[(Website|Paper|Code)\]')


def analyse(lines):
    n = len(lines)
    skip = [False] * n
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if comment:
            skip[i] = True
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                comment = True
            continue
    # heading entries
    entry_head = {}
    for i, l in enumerate(lines):
        if skip[i] or not HEAD_RE.match(l):
            continue
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        if j < n and LINKBUL_RE.match(lines[j]):
            entry_head[i] = True
    cands = []
    start_of = {}
    end_of = {}
    cur_head = None
    i = 0
    while i < n:
        l = lines[i]
        s = l.strip()
        if skip[i]:
            i += 1
            continue
        if HEAD_RE.match(l):
            cur_head = i if i in entry_head else None
            if cur_head is not None:
                cands.append(i)
                start_of[i] = i
                # entry spans heading, blanks, and the contiguous bullet block after it
                j = i + 1
                while j < n and not lines[j].strip():
                    j += 1
                while j < n and LIST_RE.match(lines[j]):
                    start_of[j] = i
                    cands.append(j)
                    j += 1
                end_of[i] = j - 1
                i = j
                continue
            i += 1
            continue
        is_list = bool(LIST_RE.match(l))
        is_row = s.startswith('|') and not re.match(r'^\|[\s:|-]+\|?$', s)
        is_bold = s.startswith('**') or s.startswith('__')
        if is_list or is_row or is_bold:
            if is_row:
                # skip header rows: a row followed by a separator row
                if i + 1 < n and re.match(r'^\s*\|[\s:|-]+\|?\s*$', lines[i + 1]):
                    i += 1
                    continue
            cands.append(i)
            start_of[i] = i
            # continuation lines (indented, non-list, non-blank) of a numbered/bullet item
            j = i + 1
            while j < n and lines[j].strip() and lines[j].startswith((' ', '\t')) \
                    and not LIST_RE.match(lines[j]) and not skip[j]:
                start_of[j] = i
                j += 1
            end_of[i] = j - 1
        i += 1
    return cands, start_of, end_of


def main():
    rng = random.Random(7371)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands, start_of, end_of = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = start_of[c]
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{f}: {len(cands)} candidate lines, {len(set(start_of[c] for c in cands))} entries', file=sys.stderr)
        for s in sorted(held):
            raw = '\n'.join(lines[s:end_of[s] + 1])
            out.append({'list': f, 'line': s + 1, 'raw': raw})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
