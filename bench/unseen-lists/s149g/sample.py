"""Sample 20 candidate entry lines per list with random.Random(14051) (one generator, lists in sorted order).

Candidates: list items (bullets, numbered), table body rows (not header/separator), lines starting with bold.
Skipped: fenced code, HTML comments, and nested link-only sub-bullets (e.g. "\t- [code](...)",
"  - [repo with code](...)") that continue a parent entry rather than start one.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SUB_LINK_ONLY = re.compile(r'^\s+[-*+]\s+\[(code|paper|repo with code)\]\([^)]*\)\s*$', re.I)
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if not s: continue
        if s.startswith('|'):
            if SEP_RE.match(s): continue
            # header row: followed by a separator row
            if i + 1 < len(lines) and SEP_RE.match(lines[i + 1].strip()): continue
            out.append(i + 1); continue
        if LIST_RE.match(ln):
            if SUB_LINK_ONLY.match(ln): continue
            out.append(i + 1); continue
        if s.startswith('**'):
            out.append(i + 1)
    return out

rng = random.Random(14051)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
