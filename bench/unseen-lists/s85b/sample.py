"""Sample 20 candidate entry lines a list with random.Random(8521), lists in sorted file-name order.
Candidates: list items (bullets -, *, + and numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks, HTML comments, blockquote lines (those starting with '>').
None of these three lists writes papers as headings, so headings are not candidates."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment, prev_table = [], None, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        m = re.match(r'^\s*(`{3,}|~{3,})', line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('>'):
            continue
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

rng = random.Random(8521)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
