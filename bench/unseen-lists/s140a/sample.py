"""Sample 20 candidate entry lines a list with random.Random(13361) (one generator, sorted file order)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif TABLE.match(line) and not SEP.match(line):
            out.append(i)
    # drop table header rows (row followed by a separator row)
    res = []
    for i in out:
        if TABLE.match(lines[i - 1]) and i < len(lines) and SEP.match(lines[i]):
            continue
        res.append(i)
    return res


def main():
    rng = random.Random(13361)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            with open(path, encoding='utf-8', newline='') as fh:
                lines = fh.read().split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            name = os.path.basename(path)
            print(name, 'candidates', len(cand), 'sampled', len(pick))
            for ln in pick:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
