"""Sample 20 candidate entry lines per list with random.Random(2108).

Candidates: list items (bullets -,*,+ or numbered N. / N)), table body rows
(lines starting with '|' that are neither the header row nor the |---| separator),
and lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
A fresh random.Random(2108) is used for each list, lists taken in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


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
            if '-->' in line:
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
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2108)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(name, 'candidates', len(cands))
        for ln in picked:
            res.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open('/tmp/s21h-work/sample.jsonl', 'w') as f:
        for r in res:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
