"""Sample 20 candidate entry lines per list with random.Random(9641).

Candidates: list items (bullets -,*,+ and numbered N. / N)), table body rows,
lines starting with bold. Fenced code blocks and HTML comments are skipped.
(None of these three lists writes papers as headings, so headings are not candidates.)
Lists are processed in sorted file-name order with a single generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
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
        if TABLE.match(line):
            # header row = first table row; separator rows skipped
            if SEP.match(line.replace('|', '| ', 1)) or re.match(r'^\s*\|[\s:|-]+\|\s*$', line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if not prev_table and re.match(r'^\s*\|[\s:|-]+\|?\s*$', nxt):
                prev_table = True
                continue  # header row
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(9641)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, 'candidates', len(cands), 'sampled', k)
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
