"""Sample 20 candidate entry lines per list with random.Random(12171).

Candidates: list items (bullets / numbered, also inside a '>' blockquote), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**...).
Skipped: fenced code blocks and HTML comments. None of the three lists writes papers as headings,
so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12171)

LIST_RE = re.compile(r'^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+\S')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if re.match(r'^\|\s*:?-{2,}', s):
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|\s*:?-{2,}', nxt):
                continue  # header row
            out.append(i)
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, 'candidates', len(cand), 'sampled', len(pick))
        for i in pick:
            fo.write(json.dumps({'list': f, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')
