"""Sample 20 candidate entry lines a list with random.Random(11831), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(11831)

LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


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
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if TABLE_ROW.match(line):
            if TABLE_SEP.match(line):
                continue
            # header row: the next line is a separator
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]):
                continue
            out.append(i + 1)
        elif LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for f in FILES:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f, 'candidates', len(cands), 'picked', len(picked))
        for n in picked:
            fh.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
