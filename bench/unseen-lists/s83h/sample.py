"""Sample 20 candidate entry lines per list with random.Random(8381).

Candidates (1-based line numbers): list items (bullets, numbered), table body rows,
lines starting with bold, and headings that write a paper as a heading link
(`### [Title](url)`); fenced code and HTML comments are skipped.
Judgement calls (see FINDINGS.md):
  * lines that only continue an entry started above are not candidates:
    the `- **Date**:` / `- **Code**:` / `- **Abstract**:` bullets under a paper heading
    (ruiyli), and a column-0 bold venue line `**[`VENUE`] ...**` right after an
    authors line (yzy1996);
  * a column-0 plain paragraph line `[Title](url)` whose next line is an authors line
    is a paper entry written without a bullet (yzy1996), so it is a candidate.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(8381)
out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_table = False
    under_paper_heading = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # tables
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table = True
                continue
            if in_table:
                cands.append(i + 1)
            continue
        in_table = False
        if re.match(r'^#{1,6}\s', l):
            under_paper_heading = bool(re.match(r'^#{1,6}\s+\[[^\]]+\]\(https?://(arxiv|openreview)', l))
            if re.match(r'^#{1,6}\s+\[', l):
                cands.append(i + 1)
            continue
        if re.match(r'^\s*([-*+]|\d+\.)\s', l):
            if under_paper_heading and re.match(r'^- \*\*(Date|Code|Abstract)\*\*:', l):
                continue
            cands.append(i + 1)
            continue
        if l.startswith('**'):
            prev = lines[i - 1].strip() if i else ''
            if l.startswith('**[`') and prev.startswith('*') and not prev.startswith('**'):
                continue  # venue line continuing an entry
            cands.append(i + 1)
            continue
        if re.match(r'^\[[^\]]+\]\(https?://', l) and i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith('['):
            cands.append(i + 1)
            continue
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(fn, 'candidates', len(cands), 'picked', k)
    for n in picked:
        out.append({'list': fn, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
