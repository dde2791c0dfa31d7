"""Sample 20 candidate entry lines a list with random.Random(11211) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table
body rows (not the header row or the |---| separator), lines starting with bold.
Fenced code and HTML comments are skipped. Detail bullets that belong to a bold-title
entry (hair list: '- Paper:', '- Code:', '- Project Website:', '- Tags:', '- Abstract:'
directly under a **Title** line) are part of that entry, not entries of their own."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(11211)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
DETAIL_RE = re.compile(r'^\s*[-*+]\s+(Paper|Code|Project Website|Tags|Abstract):')

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    in_bold_entry = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; continue
        if in_fence: continue
        if in_comment:
            if '-->' in ln: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if s.startswith('**') or s.startswith('__'):
            cands.append(i + 1); in_bold_entry = True; continue
        if s == '' or s.startswith('#'):
            in_bold_entry = False
        if s.startswith('|'):
            if SEP_RE.match(s): continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'): continue  # header row
            cands.append(i + 1); continue
        if LIST_RE.match(ln):
            if in_bold_entry and DETAIL_RE.match(ln): continue
            cands.append(i + 1)
    picked = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(fn, 'candidates', len(cands), 'picked', len(picked))
    for n in picked:
        out.append({'list': fn, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
