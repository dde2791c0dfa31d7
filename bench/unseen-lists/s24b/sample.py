"""Sample 20 entries per list with random.Random(2402).

Candidate lines: list items (bullets -,*,+ and numbered N. / N) at any indent), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.

A nested list item that continues a titled entry (its parent item is on the line(s) just
above, with no blank line between, and the nested item is not a table-of-contents link
`[..](#anchor)`) is part of that entry, not an entry of its own: e.g. the author /
affiliation / venue sub-bullets of Awesome-LVLM-Attack and the `  - Authors. *Venue*, Year.`
sub-bullets of awesome-Backdoor-Resources. So candidates are entry starts, and each entry is
sampled with equal chance whatever its number of lines.

The raw text of an entry: its first line plus the following lines up to a blank line, a
heading, a table row or a new entry start (lazy continuation lines such as a `*Authors*.`
line under a numbered item stay in the entry).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)(?:[-*+]\s|\d+[.)]\s?)')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
TOC = re.compile(r'^\s*(?:[-*+]\s|\d+[.)]\s?)\s*\[[^\]]*\]\(#')


def indent(line):
    m = re.match(r'^[ \t]*', line)
    return len(m.group(0).replace('\t', '    '))


def classify(lines):
    """Return (candidate line numbers, set of line numbers that are continuation items)."""
    cands = []
    in_fence = in_comment = False
    prev_item_indent = None  # indent of the item block we are in (None after blank/heading)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_item_indent = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s or s.startswith('#'):
            prev_item_indent = None
            continue
        if s.startswith('|'):
            prev_item_indent = None
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            cands.append(i + 1)
            continue
        m = BULLET.match(line)
        if m:
            ind = indent(line)
            if prev_item_indent is not None and ind > prev_item_indent and not TOC.match(line):
                continue  # sub-bullet continuing the entry above
            cands.append(i + 1)
            prev_item_indent = ind
        elif s.startswith('**'):
            cands.append(i + 1)
            prev_item_indent = indent(line)
        # other non-blank lines: continuation of the current block; keep prev_item_indent
    return cands


def extent(lines, start, cands):
    cset = set(cands)
    j = start  # 0-based index of next line
    out = [lines[start - 1]]
    while j < len(lines):
        s = lines[j].strip()
        if not s or s.startswith('#') or s.startswith('|') or (j + 1) in cset or s.startswith('```'):
            break
        out.append(lines[j])
        j += 1
    return out


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = classify(lines)
        rng = random.Random(2402)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        res[name] = {'n_candidates': len(cands),
                     'entries': [{'line': n, 'raw': '\n'.join(extent(lines, n, cands))} for n in picked]}
        print(name, len(cands), picked)
    json.dump(res, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
