"""Sample 20 candidate entry lines a list with random.Random(11251) (one generator, lists in sorted file-name order).
Candidates: list items (bullets - * +, numbered 1. / 1), also after a kramdown definition marker ': '),
table body rows (rows after a |---| delimiter row), lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. No list here writes papers as headings."""
import glob, json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11251)
LIST = re.compile(r'^\s*(?::\s+)?(?:[-*+]|\d+[.)])\s+\S')
DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands, fence, comment, in_table = [], False, False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if re.match(r'^\s{0,3}(```|~~~)', l):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in l:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if DELIM.match(l) and '|' in l:
            in_table = True
            continue
        if in_table:
            if s.startswith('|') or (s.count('|') >= 2):
                cands.append(i)
                continue
            in_table = False
        if LIST.match(l) or s.startswith('**'):
            cands.append(i)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
