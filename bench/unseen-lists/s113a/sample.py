"""Sample 20 candidate entry lines per list with random.Random(11311).

Candidates: list items (bullets / numbered), table body rows (not header or
separator), lines starting with bold; fenced code and HTML comments skipped.
An indented bullet without any link that directly follows a less-indented bullet
is the author/venue continuation of that bullet (YuleZhang list), not an entry
of its own, so it is not a candidate.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11311)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_item_indent = None
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        m = re.match(r'^(\s*)([*+-]|\d+[.)])\s+\S', ln)
        if m:
            indent = len(m.group(1))
            if (indent > 0 and prev_item_indent is not None and indent > prev_item_indent
                    and '](' not in ln and lines[i - 2].strip()):
                continue  # continuation line of the parent entry
            cands.append(i)
            prev_item_indent = indent
            continue
        if s == '':
            pass
        else:
            prev_item_indent = None
        if s.startswith('|'):
            if re.match(r'^\|[\s:|-]+\|?$', s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):
                continue  # header row
            cands.append(i)
            continue
        if s.startswith('**'):
            cands.append(i)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'picked', len(picked))
    for i in picked:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
