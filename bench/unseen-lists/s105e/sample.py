"""Sample candidate entry lines from each saved README (s105e).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), lines starting with bold. Fenced code and HTML comments are
skipped. One random.Random(10551) generator, lists in sorted file-name order,
20 a list (all if fewer). Writes sample.jsonl.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
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
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(10551)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
