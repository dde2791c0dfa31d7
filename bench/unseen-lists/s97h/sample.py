"""Sample 20 candidate entry lines a list with random.Random(9781) (one generator, files in sorted order)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
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
                in_table_body = True
                continue
            if in_table_body:
                out.append(i + 1)
            continue
        in_table_body = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9781)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(name, 'candidates', len(cand), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
