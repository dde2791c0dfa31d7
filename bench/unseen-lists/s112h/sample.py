"""Sample up to 20 entries a list with random.Random(11281), lists in sorted file-name order.

Candidates: top-level list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments skipped. Indented detail bullets under a paper entry
(e.g. `    * **url**: ...`, `  * [Full text](...)`) and lazy continuation lines are part of
their parent entry's raw, not entries of their own. An entry's raw runs from its start line
to the line before the next blank line / next candidate / heading.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11281)
ITEM = re.compile(r'^(?:[*+-](?:\s|$)|\d+[.)](?:\s|$))')
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, infence, incomment = [], False, False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            infence = not infence; continue
        if infence: continue
        if '<!--' in s and '-->' not in s: incomment = True; continue
        if incomment:
            if '-->' in s: incomment = False
            continue
        if ITEM.match(l) or l.startswith('**') or (s.startswith('|') and not re.match(r'^\|[\s:|-]+\|?$', s)):
            cands.append(i)
    def raw_of(i):
        j = i + 1
        while j < len(lines) and lines[j].strip() and j not in cands and not lines[j].startswith('#'):
            j += 1
        return '\n'.join(lines[i:j])
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, len(cands), 'candidates,', k, 'sampled')
    for i in picked:
        out.append({'list': name, 'line': i + 1, 'raw': raw_of(i)})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
