"""Sample 20 candidate entries a list for s106e (random.Random(10651), one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
No list here writes papers as headings, so headings are not candidates.
Fenced code blocks and HTML comments are skipped. Lines are split on LF with a trailing CR dropped
(GT-RIPL's README has CRLF line ends).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*[-*+]\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def lines_of(path):
    text = open(path, encoding='utf-8', newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(l):
            if SEP.match(l):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(l) or NUMBERED.match(l) or BOLD.match(l):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(10651)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = lines_of(path)
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
