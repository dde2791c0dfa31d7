"""Sample 20 candidate entry lines per list with random.Random(11361).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. Headings are not candidates here: none of the three lists writes
papers as headings. Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11361)
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD_RE = re.compile(r'^\s*\*\*\S')


def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        if TABLE_RE.match(line):
            nxt = lines[i] if i < len(lines) else ''
            is_header = not prev_table and SEP_RE.match(nxt.replace('|', '', 1) if nxt.strip().startswith('|') else nxt)
            is_sep = re.match(r'^\s*\|?[\s:|-]+$', line) is not None
            prev_table = True
            if not is_header and not is_sep:
                out.append(i)
            continue
        prev_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
