"""Draw 20 entries a list with ONE random.Random(7421) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold, heading lines that are paper titles (none in these files),
skipping fenced code and HTML comments.
Added rule (documented in FINDINGS.md): JustinRoll__NLP_project2 has no list items; its
entries are blank-line-separated citation paragraphs whose title line starts with a curly
quote “. Such a title line is a candidate; the paragraph's later lines (authors, URL,
"Source:" notes) are continuation lines of that entry.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
BOLD_RE = re.compile(r'^\s*\*\*')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
CITE_RE = re.compile(r'^“')


def candidates(lines):
    """Return {candidate line index: entry start index} and entry extents."""
    n = len(lines)
    skip = [False] * n
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if comment or s.startswith('<!--'):
            skip[i] = True
            comment = '-->' not in s
            continue
    cand = {}
    extent = {}
    for i, l in enumerate(lines):
        if skip[i] or not l.strip():
            continue
        s = l.lstrip()
        if s.startswith('|'):
            if SEP_RE.match(l):
                continue
            if i + 1 < n and SEP_RE.match(lines[i + 1]):
                continue  # header row
            cand[i] = i
            extent[i] = [i]
        elif LIST_RE.match(l) or BOLD_RE.match(l):
            cand[i] = i
            ext = [i]
            ind = len(l) - len(s)
            j = i + 1
            # continuation lines: non-blank, more indented, not themselves list items
            while j < n and lines[j].strip() and not LIST_RE.match(lines[j]) \
                    and (len(lines[j]) - len(lines[j].lstrip())) > ind:
                ext.append(j)
                j += 1
            extent[i] = ext
        elif CITE_RE.match(s):
            cand[i] = i
            ext = [i]
            j = i + 1
            while j < n and lines[j].strip():
                ext.append(j)
                j += 1
            extent[i] = ext
    return cand, extent


def main():
    rng = random.Random(7421)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand, extent = candidates(lines)
        order = sorted(cand)
        rng.shuffle(order)
        held = []
        for c in order:
            start = cand[c]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        stats[name] = len(cand)
        for start in held:
            raw = '\n'.join(lines[k] for k in extent[start])
            out.append({'list': name, 'line': start + 1, 'raw': raw})
    json.dump(out, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    for k, v in stats.items():
        print(k, 'candidates', v, 'drawn', sum(1 for o in out if o['list'] == k))


if __name__ == '__main__':
    main()
