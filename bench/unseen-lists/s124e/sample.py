"""Sample 20 candidate entry lines a list with random.Random(12431) (one generator, files in sorted order).

Candidates: list items (bullets, numbered), table body rows (not the header row or the
separator row), lines starting with bold, and -- for YuanhengZhu__awesome-RL-fusion-papers,
whose entries are plain paragraphs -- paragraph lines starting with a `[Key]` citation key
(that list writes every paper as `[AuthorYear] Title, Venue, year ... [DOI](...)`).
Fenced code and HTML comments are skipped. The last line of a file saved partially (cut
mid-line by the 2-page limit, no trailing newline) is not a candidate.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12431)
LIST = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
CITE = re.compile(r'^\[[^\]]+\]')
out = []
for f in files:
    text = open(os.path.join(HERE, f), encoding='utf-8').read()
    lines = text.split('\n')
    partial = not text.endswith('\n')
    cands = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        if partial and i == len(lines) - 1:
            break
        s = l.strip()
        if in_comment:
            if '-->' in l:
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
        ok = False
        if LIST.match(l):
            ok = True
        elif s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if not SEP.match(s) and not SEP.match(nxt.strip()):
                ok = True
        elif s.startswith('**'):
            ok = True
        elif f.startswith('YuanhengZhu__') and CITE.match(l):
            ok = True
        if ok:
            cands.append(i + 1)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'sampled', k)
    for n in picked:
        out.append({'list': f, 'line': n, 'text': lines[n - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
