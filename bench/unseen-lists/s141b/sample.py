"""Sample up to 20 candidate entry lines per list with random.Random(13441).

Candidates: list items (-, *, + bullets, numbered), table body rows (not the header
row or the |---| separator), and lines starting with bold (**), all after leading
whitespace.  Fenced code blocks and HTML comments are skipped.  An indented bullet
that directly follows a line carrying a [[Paper](...)] link is the authors/venue
continuation of that paper entry (Icecream list), so it is not an entry start.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+|\*\*)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(s) or SEP.match(nxt):   # separator or header row
                continue
            out.append(i)
            continue
        if ITEM.match(line):
            if line[:1].isspace() and i > 0 and '[[Paper](' in lines[i - 1]:
                continue                          # authors line of the entry above
            out.append(i)
    return out

rng = random.Random(13441)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    pick = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, len(cands), 'candidates,', len(pick), 'sampled')
    for i in pick:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
