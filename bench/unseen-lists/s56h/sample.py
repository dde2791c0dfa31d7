"""Sample up to 20 entries a list with one random.Random(5681) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
(No list here writes papers as headings, so no heading is a candidate.)
Fenced code and HTML comments are skipped. Each drawn line maps to the start of its entry
(a continuation line belongs to the entry's first line); raw = the entry's lines.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def scan(lines):
    """Return (candidate line numbers, entry start for each line, set of starts)."""
    skip = [False] * len(lines)
    infence = incomment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if infence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                infence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = infence = True
            continue
        if incomment:
            skip[i] = True
            if '-->' in l:
                incomment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in l:
                incomment = True
    cands, start_of = [], {}
    cur = None
    prev_table_header = False
    for i, l in enumerate(lines):
        if skip[i]:
            cur = None
            continue
        s = l.strip()
        if not s or HEAD.match(l):
            cur = None
            continue
        if TABLE.match(l):
            cur = None
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(l) or SEP.match(nxt):   # separator or header row
                continue
            cands.append(i)
            start_of[i] = i
            continue
        if ITEM.match(l) or BOLD.match(l):
            cur = i
            cands.append(i)
            start_of[i] = i
            continue
        if cur is not None:          # continuation line of the current entry
            start_of[i] = cur
    return cands, start_of


def entry_raw(lines, start, start_of):
    out = [lines[start]]
    j = start + 1
    while j < len(lines) and start_of.get(j) == start:
        out.append(lines[j])
        j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(5681)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        cands, start_of = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = start_of.get(i, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for s in sorted(held):
            out.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, s, start_of)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
