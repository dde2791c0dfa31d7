"""Sample 20 candidate entry lines a list with random.Random(12041) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table
body rows, lines starting with bold; fenced code and HTML comments skipped.
No list here writes papers as headings, so headings are not candidates."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12041)
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*\*\*\S')

out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, fence, comment, in_table = [], False, False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if TROW.match(l):
            if not in_table:          # header row
                in_table = True
                continue
            if TSEP.match(l):
                continue
            cands.append(i)
            continue
        in_table = False
        if ITEM.match(l) or BOLD.match(l):
            cands.append(i)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
