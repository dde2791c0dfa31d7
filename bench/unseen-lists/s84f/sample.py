"""Sample 20 candidate entry lines per list with random.Random(8461).

Candidate lines: list items (bullets, numbered; also inside a '>' blockquote),
table body rows, lines starting with bold (** or __). Fenced code blocks and
HTML comments are skipped. No list here writes papers as headings.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE_RE.match(line):
            if SEP_RE.match(line):
                prev_table = True
                continue
            # header row = a table line followed by a separator line
            nxt = lines[i] if i < len(lines) else ''
            if not SEP_RE.match(nxt):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8461)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
