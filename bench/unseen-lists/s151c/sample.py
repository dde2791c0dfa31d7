"""Sample 20 candidate entry lines a list with random.Random(14151).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, empty list items
("- ", "+ ", "5. " with nothing after the marker), and nested continuation items that
belong to a parent paper entry:
  * bifeng: "  - [x] tag" checkbox keyword tags under a paper bullet;
  * zungwooker: the indented "  * Authors et al. VENUE. YEAR." child bullet of each paper.
bansky-cl: the last table row is cut mid-row by the two-page limit and is left out.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(14151)
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+(.*)$')
out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
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
        if fn.startswith('bansky-cl__') and i == len(lines):
            continue  # cut mid-row by the page limit
        m = LIST_RE.match(line)
        if m:
            body = m.group(1).strip()
            if not body:
                continue
            if re.match(r'^\[[ xX]\]\s', body) and line.startswith(' '):
                continue  # keyword tag of the parent entry
            if fn.startswith('zungwooker__') and line.startswith(' '):
                continue  # authors/venue/year child line of the parent entry
            cands.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                continue
            # header row: the next line is a separator
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|?\s*:?-{2,}', nxt):
                continue
            cands.append(i)
        elif s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for ln in pick:
        out.append({'list': fn, 'line': ln, 'text': lines[ln - 1], 'n_candidates': len(cands)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
