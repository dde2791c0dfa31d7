"""Sample 20 candidate entry lines per list with random.Random(2806).
Candidates: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold.
Fenced code blocks and HTML comments are skipped."""
import random, re, sys, json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = ["MTG__essentia.README.md", "wzk1015__Awesome-Vision-to-Music-Generation.README.md",
         "SoberDanz__Awesome-Talking-Face-Generation.README.md", "plnguyen2908__awesome-audio-visual-mllm.README.md"]
item = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
bold = re.compile(r'^\s*(\*\*|__)\S')
sep = re.compile(r'^\s*\|?\s*:?-{2,}')
def candidates(lines):
    out, fence, comment, prev_table = [], False, False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; prev_table = False; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            # header row = table row followed by separator; separator itself skipped
            if sep.match(s) and set(s) <= set('|-: '):
                prev_table = True; continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if set(nxt) <= set('|-: ') and '-' in nxt:
                continue  # header
            out.append(i); continue
        if item.match(l) or bold.match(l):
            out.append(i)
    return out
rng = random.Random(2806)
res = {}
for name in LISTS:
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    c = candidates(lines)
    pick = sorted(rng.sample(c, 20))
    res[name] = pick
    print(name, len(c), 'candidates; sampled', pick)
    for p in pick:
        print('  %d: %s' % (p, lines[p-1][:150]))
