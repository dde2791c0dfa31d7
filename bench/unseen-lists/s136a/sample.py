"""Sample 20 candidate entries a list with random.Random(13141), lists in sorted file-name order.

Candidate lines: top-level list items (bullets, numbered), table body rows, lines starting with bold;
skip fenced code and HTML comments. Nested list items (indented under a parent item) are details of
their parent entry (hzy1721: venue / title / code lines under a numbered name), so they are not
separate candidates. No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13141)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^([-*+]|\d+[.)])\s+', line):  # top-level list item
            cands.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                pass
            elif i < len(lines) and re.match(r'^\|?\s*:?-{3,}', lines[i].strip()):
                pass  # header row
            else:
                cands.append(i)
        elif re.match(r'^([*_-])(\s*\1){2,}$', s):
            pass  # thematic break (e.g. '****'), not bold
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(name, len(cands), 'candidates,', k, 'sampled')
    for ln in pick:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
