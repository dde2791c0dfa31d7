"""Sample 20 entries a list for s61d (seed 6141, one Random over the lists in sorted file-name order)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
# lists that write papers as headings: "### N. Name" followed by the bold title line
PAPER_HEADING_RE = {'SongzeLi1__IFDL-Integration.README.md': re.compile(r'^###\s+\d+\.\s')}


def candidates(name, lines):
    """Return {candidate line number (1-based): entry start line number}."""
    out = {}
    in_fence = in_comment = False
    head_re = PAPER_HEADING_RE.get(name)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        n = i + 1
        if head_re and head_re.match(line):
            out[n] = n
        elif LIST_RE.match(line):
            out[n] = n
        elif s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            out[n] = n
        elif s.startswith('**') or s.startswith('__'):
            start = n
            if head_re and i > 0 and head_re.match(lines[i - 1]):
                start = n - 1  # title line of a heading-per-paper entry
            out[n] = start
    return out


def main():
    rng = random.Random(6141)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(name, lines)
        order = sorted(cand)
        rng.shuffle(order)
        held = []
        for c in order:
            start = cand[c]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        result[name] = {'candidates': len(cand), 'entries': len(set(cand.values())), 'drawn': held}
    print(json.dumps(result, indent=1))


if __name__ == '__main__':
    main()
