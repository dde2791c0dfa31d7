"""Sample 20 candidate entry lines per list with random.Random(13381).

Candidates: list items (bullets -, *, +; numbered N. / N)), table body rows,
lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
None of the three lists writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13381)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        is_table = s.startswith('|')
        if is_table:
            # body rows: not the header (first row) and not the separator row
            if prev_table and not SEP_RE.match(s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
