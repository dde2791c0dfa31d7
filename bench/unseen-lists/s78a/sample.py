"""Sample 20 entries a list with ONE random.Random(7811) over the lists in sorted file-name order.

Candidates: list items, table body rows (not header or separator rows), lines starting with bold,
and heading lines that are papers' titles (a "### N. ..." heading in a list that writes papers as
numbered headings).  Fenced code and HTML comments are skipped.  A drawn line is mapped to the start
of the entry it belongs to: a "- **Can be found:**" detail bullet right under a paper heading
belongs to that heading; every other candidate starts its own entry.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
PAPER_HEADING_RE = re.compile(r'^#{2,6}\s+\d+\.\s+\S')


def scan(lines):
    cands, start_of = [], {}
    in_fence = in_comment = False
    in_table = False
    cur_heading = None
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not s:
            in_table = False
            cur_heading = None
            continue
        if s.startswith('|'):
            if not in_table:          # header row
                in_table = True
                continue
            if SEP_RE.match(line):
                continue
            cands.append(i); start_of[i] = i
            continue
        in_table = False
        if s.startswith('#'):
            if PAPER_HEADING_RE.match(s):
                cands.append(i); start_of[i] = i
                cur_heading = i
            else:
                cur_heading = None
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            cands.append(i)
            start_of[i] = cur_heading if cur_heading is not None else i
            if cur_heading is None:
                pass
            continue
        cur_heading = None  # any other line (rule, paragraph) ends a heading entry
    return cands, start_of


def entry_raw(lines, start, start_of):
    out = [lines[start]]
    j = start + 1
    while j < len(lines) and start_of.get(j) == start:
        out.append(lines[j]); j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(7811)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = start_of[i]
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        n_entries = len(set(start_of.values()))
        print(f'{name}: {len(cands)} candidate lines, {n_entries} entries, {len(held)} drawn')
        for s in held:
            rows.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, s, start_of)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
