"""Sample 20 candidate entry lines a list with random.Random(13681) (one generator, lists in sorted file-name order).
Candidates: list items (bullets, numbered), table body rows, lines starting with bold; fenced code and HTML comments skipped.
The last line of a partial file (cut mid-line, no final newline) is left out."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13681)
out = []
for f in files:
    text = open(os.path.join(HERE, f), encoding='utf-8').read()
    lines = text.split('\n')
    if not text.endswith('\n'):
        cut = len(lines) - 1  # 0-based index of the cut last line
    else:
        cut = None
        lines = lines[:-1]
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
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
        if cut is not None and i == cut:
            continue
        is_table = s.startswith('|')
        if is_table:
            if re.match(r'^\|?\s*:?-{2,}', s):
                prev_table = True
                continue
            # header row = table row not preceded by a table row
            if prev_table:
                cands.append(i + 1)
            prev_table = True
            continue
        prev_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', ln) or s.startswith('**'):
            cands.append(i + 1)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(f, len(cands), 'candidates, sampled', k)
    for n in pick:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
