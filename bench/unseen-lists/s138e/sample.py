"""Sample 20 candidate entry lines per list with random.Random(13261).

Candidates: list items (bullets -, *, + and numbered), table body rows (not the
header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. No list here writes papers
as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13261)

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
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line):
            out.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?\s*:?-{2,}', nxt):
                continue  # header row
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), 'candidates')
        for i in picked:
            f.write(json.dumps({'list': name, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')
