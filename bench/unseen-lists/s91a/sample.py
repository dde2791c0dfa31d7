"""Sample 20 candidate entries a list for s91a (random.Random(9111), lists in sorted file-name order).

Candidate lines: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold
(after indentation), and -- for mdyao, which writes papers as `### N. Title [Venue]` headings -- its
level-3 headings. Lines inside fenced code or HTML comments are skipped. Continuation lines of an entry
that already starts on a candidate line (mdyao's `**Authors**:` line under a paper heading) are not
candidates of their own, so that every paper is one candidate.
The raw of an entry: from its start line to its last non-blank line before the next entry start,
heading, or (for bullet entries without indented continuation) the next blank line.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*\*\*')
HEAD = re.compile(r'^(#{1,6})\s')


def lines_of(path):
    return open(path, encoding='utf-8', newline='').read().split('\n')


def candidates(name, lines):
    out = []
    in_code = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in l:
                in_comment = True
            continue
        m = HEAD.match(l)
        if m:
            if name.startswith('mdyao__') and len(m.group(1)) == 3:
                out.append(i)
            continue
        if BULLET.match(l):
            out.append(i)
        elif TABLE.match(l):
            if not TABLE_SEP.match(l):
                # skip a header row (the row right before a separator)
                if not (i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1])):
                    out.append(i)
        elif BOLD.match(l):
            # mdyao: **Authors**: continues the paper heading above it
            if name.startswith('mdyao__') and s.startswith('**Authors**'):
                continue
            out.append(i)
    return out


def extent(name, lines, i, starts):
    """Last line index (inclusive) of the entry starting at i."""
    n = len(lines)
    if name.startswith('mdyao__') and HEAD.match(lines[i]):
        # heading, authors, abstract details, links line: up to the next heading / <br> / Note:
        j = i + 1
        last = i
        while j < n and not HEAD.match(lines[j]) and lines[j].strip() not in ('<br>',) \
                and not lines[j].startswith('Note:'):
            if lines[j].strip():
                last = j
            j += 1
        return last
    if name.startswith('seemeno__') and lines[i].lstrip().startswith('- **['):
        j = i + 1
        last = i
        while j < n and not BULLET.match(lines[j]) and not HEAD.match(lines[j]):
            if lines[j].strip():
                last = j
            j += 1
        return last
    # bullet with plain (unindented) continuation lines: until blank / next bullet / heading
    j = i + 1
    last = i
    while j < n and lines[j].strip() and not BULLET.match(lines[j]) and not HEAD.match(lines[j]) \
            and not TABLE.match(lines[j]) and j not in starts:
        last = j
        j += 1
    return last


def main():
    rng = random.Random(9111)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out = []
    for f in files:
        lines = lines_of(os.path.join(HERE, f))
        # a partial file (cut at a read_file page edge) may end without newline: fine
        cands = candidates(f, lines)
        starts = set(cands)
        k = min(20, len(cands))
        pick = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'sampled', k)
        for i in pick:
            e = extent(f, lines, i, starts)
            out.append({'list': f, 'line': i + 1, 'raw': '\n'.join(lines[i:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
