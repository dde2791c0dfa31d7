"""Sample candidate entry lines from the saved READMEs of s105g.

Candidates: top-level list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`/`[1]`),
table body rows, and lines starting with bold, outside fenced code and HTML comments.
Nested list items (indented under a parent item) are treated as detail lines of their
parent entry (authors / summary / rating bullets), not as separate entries.
No list in this folder writes papers as headings, so headings are not candidates.
One generator random.Random(10571), lists in sorted file-name order, 20 a list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(?:[-*+]\s+|\d+[.)]\s+|\[\d+\]\s*)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment, prev_table = [], None, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in line:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^\s*(```+|~~~+)', line)
        if m:
            fence = m.group(1)[:3]
            continue
        if s.startswith('<!--') and '-->' not in s:
            comment = True
            continue
        if TABLE.match(line):
            if SEP.match(line):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            nxt = lines[i] if i < len(lines) else ''
            prev_table = prev_table or bool(SEP.match(nxt))
            continue
        prev_table = False
        if ITEM.match(line) or line.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(10571)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), 'candidates,', len(pick), 'sampled')
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
