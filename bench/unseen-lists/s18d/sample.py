"""(s18d) Sample 20 candidate entry lines per list with random.Random(1804).
Candidates: list items (bullets -,*,+ or numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks, HTML comments, table header and separator rows."""
import random, re, sys, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')  # GFM: one or more dashes a cell
def candidates(lines):
    out = []; fence = False; comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; continue
        if fence: continue
        if comment:
            if '-->' in l: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s): continue
            nxt = lines[i+1].strip() if i+1 < len(lines) else ''
            if SEP.match(nxt): continue  # header row
            out.append(i+1); continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', l) and not re.match(r'^\s*[-*_]{3,}\s*$', l):
            out.append(i+1); continue
        if s.startswith('**') and l.startswith('**'):
            out.append(i+1); continue
    return out
for name in LISTS:
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    c = candidates(lines)
    rng = random.Random(1804)
    pick = sorted(rng.sample(c, min(20, len(c))))
    print(name, len(c), pick)
