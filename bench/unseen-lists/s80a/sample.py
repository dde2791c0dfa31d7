"""Draw 20 entries a list with ONE random.Random(8011), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold, and heading lines that are papers' titles (only the
shogi880 list writes papers as `### Title ([arxiv](...), date)` headings; those are the
level-3 headings under `## Paper List`). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of its entry: in the shogi880 list the numbered
`1. Problem:` / `2. Solution:` ... note lines belong to the paper heading above them; in
the other two lists every candidate is itself an entry start (the indented badge and
`*authors.* Venue` lines of atfortes, and the `*authors.*<br>` / `Venue. [[PDF]]` lines
of PRIV-Creation, are not candidates: they start with `*` + letter or with text).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([*+-]|\d+[.)])\s+\S')
PAPER_HEADING = re.compile(r'^###\s+.*\(\[ar[xi]+v\]\(https?://arxiv\.org/')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(line) or s.startswith('**') or PAPER_HEADING.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    """A numbered note line under a paper heading belongs to that heading."""
    if PAPER_HEADING.match(lines[i]):
        return i
    if re.match(r'^\d+\.\s', lines[i]):
        j = i - 1
        while j >= 0 and not lines[j].startswith('#'):
            j -= 1
        if j >= 0 and PAPER_HEADING.match(lines[j]):
            return j
    return i


def main():
    rng = random.Random(8011)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} drawn')
        for s in held:
            rows.append({'list': name, 'line': s + 1, 'text': lines[s]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
