"""Draw up to 20 entries a list with ONE random.Random(4981), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1), at any indent, empty bullets
included), table body rows (rows after a |---| separator row; header and separator rows excluded),
lines starting with bold (**; a thematic break such as ****** or *** is not bold text), and heading
lines that are papers' titles where a list writes papers as headings. Only one list does that:
Strivin0311__ads-learning writes each paper as a `####` heading (its `#` title heading is not a
paper); that is set per file in PAPER_HEADINGS, read by eye, not guessed by the script.
Skipped: fenced code and HTML comments.
Each list's candidates are shuffled and walked; a drawn line is mapped to the start of the entry
it belongs to (a non-item continuation line belongs to the item above it, with no blank line in
between) and drawing goes on until 20 distinct entries are held (fewer if the list has fewer).
Writes sample.jsonl (list, line, text) next to this script and prints counts to stderr.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+](\s+|$)|\d+[.)]\s+)')
HRULE = re.compile(r'^\s*([*_-])(\s*\1){2,}\s*$')
# heading levels that are paper titles, per list (read by eye)
PAPER_HEADINGS = {'Strivin0311__ads-learning.README.md': {4}}


def scan(name, lines):
    """Return (candidate line numbers, map line -> entry start)."""
    cands, start = [], {}
    in_fence = in_comment = in_table = False
    cur = None  # start line of the current list item, for continuation lines
    levels = PAPER_HEADINGS.get(name, set())
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
            cur = None
            in_table = False
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
                start[i] = i
            continue
        in_table = False
        if HRULE.match(line):
            cur = None
            continue
        m = re.match(r'^(#{1,6})\s', s)
        if m:
            cur = None
            if len(m.group(1)) in levels:
                cands.append(i)
                start[i] = i
            continue
        if ITEM.match(line) or s.startswith('**'):
            cands.append(i)
            start[i] = i
            cur = i
        elif cur is not None:
            start[i] = cur  # continuation line of the entry above
    return cands, start


def main():
    rng = random.Random(4981)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = scan(name, lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = start[n]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for e in sorted(held):
            out.append({'list': name, 'line': e, 'text': lines[e - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
