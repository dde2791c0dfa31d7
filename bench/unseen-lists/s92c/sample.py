"""Sample 20 candidate entry lines a list with random.Random(9231).

Candidates: list items (bullets, numbered) that start an entry, table body rows,
lines starting with bold. Fenced code and HTML comments are skipped.
A list item indented 4+ spaces directly under a bullet paper entry (the
sigbir list's ':newspaper:' / ':computer:' / ':link:' detail bullets) is a
continuation of its parent entry, not an entry of its own, so it is not a
candidate. No list writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        m = BULLET.match(line)
        if m:
            if len(m.group(1).replace('\t', '    ')) >= 4:
                continue  # detail bullet of the entry above
            out.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


def main():
    rng = random.Random(9231)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'sampled', len(picked))
        for i in picked:
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
