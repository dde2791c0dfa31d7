"""Sample 20 candidate entry lines per list with random.Random(12471).

Candidates: list items (bullets -,*,+ or numbered 1. / 1)), table body rows,
lines starting with bold (** or __). Fenced code blocks and HTML comments are
skipped. None of the three lists writes papers as headings, so headings are not
candidates. One generator, lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])(\s+|$)')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if TABLE_RE.match(line):
            # body rows only: skip header (row before separator) and separator
            if SEP_RE.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(nxt):
                continue
            out.append(i)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out

def main():
    rng = random.Random(12471)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands), 'sampled:', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
