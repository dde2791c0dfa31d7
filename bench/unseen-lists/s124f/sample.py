"""Sample 20 candidate entry lines per list with random.Random(12441) (one generator, sorted file order)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
            if DELIM.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(12441)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for name in FILES:
            lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, 'candidates', len(cands), 'sampled', len(pick))
            for ln in pick:
                fh.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
