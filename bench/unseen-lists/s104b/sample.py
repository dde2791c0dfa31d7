"""Sample 20 candidate entry lines per list with random.Random(10421).

Candidates: list items (bullets, numbered, incl. '1.**Title**' written without a space),
table body rows, lines starting with bold. Fenced code and HTML comments are skipped.
The entry cut off by the end of a partial (two-page) file is left out of sampling.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
# last candidate entry truncated by the 32000-character cut (partial files)
TRUNCATED = {
    'Airscope__adv-attacks-defense-paper-list.README.md',
    'NOVAglow646__LLM-MLLM-paper-list.README.md',
}
item = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s*(?=\S))')
table_sep = re.compile(r'^\s*\|?\s*:?-{2,}')
rng = random.Random(10421)
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
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
        if not s:
            continue
        if item.match(ln) or s.startswith('**'):
            cands.append(i)
        elif s.startswith('|') and not table_sep.match(s):
            cands.append(i)
    if f in TRUNCATED:
        cands = cands[:-1]   # the final entry is cut mid-way by the page limit
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'picked', k)
    for ln in picked:
        out.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
