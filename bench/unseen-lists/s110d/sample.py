"""Sample 20 candidate entry lines per list with random.Random(11041).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), and lines starting with bold at column 0.  Fenced code and
HTML comments are skipped.  Files are taken in sorted file-name order with a
single generator; a list with <= 20 candidates is taken whole.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if ITEM.match(line):
            out.append(i + 1)
            continue
        if line.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11041)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            name = os.path.basename(path)
            lines = open(path, encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            picked = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
            print(name, 'candidates', len(cands), 'picked', len(picked))
            for ln in picked:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
