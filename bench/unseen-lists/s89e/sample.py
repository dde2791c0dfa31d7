"""Sample 20 candidate entry lines per list with random.Random(8951); writes sample.jsonl."""
import json, random, re, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def is_row(l):
    return l.lstrip().startswith('|')

def candidates(lines):
    out = []
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if is_row(l):
            if SEP.match(l):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(l) or BOLD.match(l):
            out.append(i + 1)
    return out

rng = random.Random(8951)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands))
        for n in pick:
            f.write(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')
