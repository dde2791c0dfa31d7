"""Sample up to 20 candidate entry lines per list with random.Random(13781).

Candidates: list items (bullets / numbered), table body rows, lines starting
with bold; fenced code (CommonMark-style fences) and HTML comments skipped.
No list here writes papers as headings, so headings are not candidates.
One generator for all lists, lists in sorted file-name order; a list with
20 or fewer candidates is taken whole (no draw made for it).
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})(.*)$')
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = None
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        m = FENCE.match(line)
        if in_fence:
            if m and m.group(1)[0] == in_fence[0] and len(m.group(1)) >= len(in_fence) and not m.group(2).strip():
                in_fence = None
            continue
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            in_fence = m.group(1)
            continue
        if line.lstrip().startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        is_table = line.lstrip().startswith('|')
        if is_table:
            if TABLE_SEP.match(line):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(13781)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for name in files:
            lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            picked = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
            print(name, 'candidates', len(cands), 'picked', len(picked))
            for ln in picked:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
