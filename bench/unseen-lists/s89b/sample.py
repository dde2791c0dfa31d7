"""Sample 20 candidate entry lines per list with random.Random(8921).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold.  Fenced code and HTML comments are skipped.  None of these three
lists writes papers as headings, so headings are not candidates.
Writes sample.jsonl (list, line, text).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            # table body row: not the header row (followed by separator) and not the separator
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if TABLE_SEP.match(nxt):
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if BULLET.match(ln) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(8921)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(cand if len(cand) <= 20 else rng.sample(cand, 20))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
