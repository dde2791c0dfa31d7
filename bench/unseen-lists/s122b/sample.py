"""Sample 20 candidate entry lines a list (s122b), seed 12221, lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12221)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            lines = open(path, encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            for n in picked:
                f.write(json.dumps({'list': os.path.basename(path), 'line': n, 'text': lines[n - 1],
                                    'candidates': len(cands)}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
