"""Sample 20 candidate entry lines a list with random.Random(11241), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 11241
N = 20

item_re = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
bold_re = re.compile(r'^\s*(\*\*|__)\S')
sep_re = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # table: skip the header row (the row before a separator) and the separator
            nxt = lines[i] if i < len(lines) else ''
            if sep_re.match(line) or sep_re.match(nxt):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if item_re.match(line) or bold_re.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(name, 'candidates', len(cand), 'picked', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
