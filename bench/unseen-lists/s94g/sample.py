"""Sample 20 candidate entry lines per list with random.Random(9471)
(one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments skipped.
Judgement calls:
 * A list that writes its papers as plain paragraphs (no list items at all, e.g.
   CYHSM: `Authors. [**Title**](url) Venue (Year)` separated by blank lines) gets
   paragraph starts as candidates instead (a non-blank line after a blank or
   whitespace-only line, not a heading, HTML tag, blockquote or image).
 * The last line of a partial (two-page) file, cut mid-line by the page limit, is
   not a candidate.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {'BioRAILab__Awesome-Neuroscience-Agent-Reasoning.README.md'}
rng = random.Random(9471)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    items, paras = [], []
    in_fence = in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^(```|~~~)', s):
            in_fence = not in_fence
            continue
        if in_fence or not s:
            continue
        if name in PARTIAL and i == len(lines):
            continue
        if re.match(r'^([-*+]|\d+[.)])(\s+|$)', s):
            items.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|[\s:|-]+\|?$', s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):
                continue
            items.append(i)
        elif s.startswith('**'):
            items.append(i)
        elif (i == 1 or not lines[i - 2].strip()) and not re.match(r'^(#|<|>|!\[)', s):
            paras.append(i)
    cands = items if items else paras
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, 'candidates', len(cands), '(paragraph mode)' if not items else '', 'sampled', k)
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
