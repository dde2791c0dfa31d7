"""Sample 20 candidate entries a list with random.Random(12691), lists in sorted file-name order.

Candidate lines: list items (bullets '-', '*', '+', numbered), table body rows (not header or
separator), and lines starting with bold (a thematic break '***' is not bold). None of the three lists writes papers as headings.
Fenced code and HTML comments are skipped.
Judgement call: an indented '+ Focus:' / '- Focus:' / '+ _Focus_:' note bullet directly under a
paper bullet (Leefinance list) is part of that paper's entry (its study note), not a separate
candidate.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12691)
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
SEP = re.compile(r'^\|?[\s:|-]+\|?$')
out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```'):
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
        if s == '' or re.match(r'#{1,6}\s', s):
            continue
        if re.fullmatch(r'([-*_])(\s*\1){2,}', s):
            continue  # thematic break ('***'), not a bold line
        if re.match(r'([-*+]|\d+[.)])\s', s):
            if ln[:1] == ' ' and re.match(r'[-+*]\s+_?(Focus|Foucs)', s):
                continue  # study-note bullet of the paper bullet above
            cands.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s) and '-' in s:
                continue  # separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and '-' in nxt:
                continue  # header row
            cands.append(i + 1)
        elif s.startswith('**'):
            cands.append(i + 1)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(fn, len(cands), 'candidates', len(picked), 'sampled')
    for n in picked:
        out.append({'list': fn, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
