"""Sample 20 candidate entries a list with random.Random(8711); writes sample.jsonl.

Candidate lines: list items (bullets -,+,* and numbered N. / N) with a space after the marker),
table body rows (lines after a header row and its delimiter row, up to a blank line), and lines
starting with bold (** or __). Fenced code and HTML comments are skipped. Lists in sorted
file-name order, one generator. raw here is a first guess at the entry's extent (the item's first
paragraph: the marker line plus continuation lines up to a blank line, a new item, a heading or a
table); it is checked and corrected by hand in labels.jsonl.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-+*]|\d+[.)])(\s|$)')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD = re.compile(r'^(\*\*|__)')
HEAD = re.compile(r'^\s{0,3}#{1,6}(\s|$)')


TABLE_ROWS = set()
TABLE_ROWS_START = set()


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    skip = -1
    for i, l in enumerate(lines):
        s = l.strip()
        if i == skip:
            continue  # the delimiter row under a table header
        if in_fence:
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in l:
                in_comment = True
            continue
        if in_table:
            if s == '':
                in_table = False
            else:
                out.append(i)
                TABLE_ROWS.add(i)
                continue
        if '|' in l and i + 1 < len(lines) and DELIM.match(lines[i + 1]) and '-' in lines[i + 1]:
            in_table = True
            skip = i + 1
            # header row and delimiter row are not candidates
            TABLE_ROWS_START.add(i + 2)
            continue
        if DELIM.match(l) and '-' in l and '|' in l:
            continue
        if ITEM.match(l) or BOLD.match(l):
            out.append(i)
    return out


def extent(lines, i, table_rows):
    if i in table_rows:
        return [lines[i]]
    raw = [lines[i]]
    j = i + 1
    while j < len(lines):
        l = lines[j]
        if l.strip() == '' or ITEM.match(l) or HEAD.match(l) or l.lstrip().startswith('|') or BOLD.match(l):
            break
        raw.append(l)
        j += 1
    return raw


def main():
    rng = random.Random(8711)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            name = os.path.basename(path)
            text = open(path, encoding='utf-8', newline='').read()
            lines = text.split('\n')
            TABLE_ROWS.clear()
            cands = candidates(lines)
            table_rows = set(TABLE_ROWS)
            pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
            print(name, len(cands), 'candidates,', len(pick), 'sampled')
            for k in pick:
                f.write(json.dumps({'list': name, 'line': k + 1,
                                    'raw': '\n'.join(extent(lines, k, table_rows))},
                                   ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
