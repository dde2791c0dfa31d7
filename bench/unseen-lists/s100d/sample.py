"""Sample 20 candidate entry lines per list with random.Random(10041).
Candidates: list items (bullets / numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, the last line of a partial (cut) file."""
import json, random, re, glob, os
D = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10041)
LIST = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
out = []
for path in sorted(glob.glob(os.path.join(D, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8', newline='').read()
    lines = text.split('\n')
    cut_last = not text.endswith('\n')   # partial file: last line is cut
    cands = []
    in_fence = in_comment = False
    in_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
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
        if cut_last and i == len(lines):
            continue
        if s.startswith('|'):
            if DELIM.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if LIST.match(ln) or BOLD.match(ln):
            cands.append(i)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i-1]})
with open(os.path.join(D, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
