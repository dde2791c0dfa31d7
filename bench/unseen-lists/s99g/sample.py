"""Sample 20 candidate entries per list with random.Random(9971), lists in sorted file-name order.
Candidates: list items (bullets / numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and indented sub-bullets
that only carry details of the paper entry above them (e.g. DGL's "- Example code:", "- Tags:",
"- Pooling module:" lines) since they are part of that entry, not entries of their own."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9971)
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
DETAIL = re.compile(r'^\s+[-*+]\s+(Example code|Pooling module|Tags)\s*:')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?\s*:?-{2,}', s):
                continue  # separator
            if re.match(r'^\|?\s*:?-{2,}', nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if DETAIL.match(line):
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = cand if len(cand) <= 20 else sorted(rng.sample(cand, 20))
    print(name, 'candidates', len(cand), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
