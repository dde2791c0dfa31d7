"""Sample 20 candidate entry lines per list with one random.Random(13031), lists in sorted file-name order.
Candidates: list items (-, +, * bullets; numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and the cut last line of a partial file
(a file with no final newline)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13031)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    partial = not text.endswith('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    cands = []
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if partial and i == len(lines) - 1:
            continue  # cut mid-entry
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
        if re.match(r'^\s*([-+*]|\d+[.)])\s+\S', ln):
            cands.append(i + 1)
        elif s.startswith('|'):
            if re.match(r'^\|?[\s:|-]+\|?$', s):
                continue  # separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', nxt):
                continue  # header row
            cands.append(i + 1)
        elif s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), 'sampled', k)
    for n in picked:
        out.append({'list': name, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
