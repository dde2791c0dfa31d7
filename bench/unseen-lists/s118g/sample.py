"""Sample 20 candidate entry lines a list with random.Random(11871), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
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
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(11871)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
