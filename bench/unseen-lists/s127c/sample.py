"""Sample 20 candidate entries a list with random.Random(12651), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header/separator),
lines starting with bold, headings that write a paper (Hypogenic list: '### N. Title'),
and (judgement call) paragraph lines starting with '【' (wpwpwpyo list writes each paper as a
paragraph '【ABBR】Title ...'). Fenced code and HTML comments are skipped.
Nested '- **Field**: ...' bullets directly under a paper heading are part of that heading's
entry, not separate candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12651)
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    in_paper_heading = False
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
        if re.match(r'#{1,6}\s', s):
            in_paper_heading = bool(re.match(r'#{1,6}\s+\d+\.\s', s))
            if in_paper_heading:
                cands.append(i + 1)
            continue
        if in_paper_heading and re.match(r'[-*+]\s+\*\*', s):
            continue  # field bullet of the paper heading above
        if s == '':
            continue
        in_paper_heading = False if not re.match(r'[-*+]\s', s) else in_paper_heading
        if re.match(r'([-*+]|\d+[.)])\s', s):
            cands.append(i + 1)
        elif s.startswith('|'):
            if re.match(r'^\|?[\s:|-]+\|?$', s) and '-' in s:
                continue  # separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?[\s:|-]+\|?$', nxt) and '-' in nxt:
                continue  # header row
            cands.append(i + 1)
        elif s.startswith('**') or s.startswith('【'):
            cands.append(i + 1)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(fn, len(cands), 'candidates', len(picked), 'sampled')
    for n in picked:
        out.append({'list': fn, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
