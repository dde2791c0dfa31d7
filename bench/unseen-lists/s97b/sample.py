"""Sample 20 candidate entries a list with random.Random(9721), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(9721)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
