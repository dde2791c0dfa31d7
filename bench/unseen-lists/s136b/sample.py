"""Sample 20 candidate entry lines a list with random.Random(13151), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (Markdown rows after the
separator, and single-line HTML rows starting with <tr><td>), lines starting with bold,
and, for a list that writes its papers as plain paragraphs (Dragon-Wu), the first line
of each paragraph holding a [[paper]] link. Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13151)
out = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^\|?\s*:?-{2,}', s) and '|' in s:
            in_table = True
            continue
        if s.startswith('|'):
            if in_table:
                cands.append(i + 1)
            continue
        in_table = False
        if re.match(r'^([-*+]|\d+[.)])\s+', s):
            cands.append(i + 1)
            continue
        if s.startswith('<tr><td>'):
            cands.append(i + 1)
            continue
        if s.startswith('**'):
            cands.append(i + 1)
            continue
        # papers written as plain paragraphs: first line of a paragraph holding [[paper]
        if name.startswith('Dragon-Wu__') and s and not s.startswith(('#', '!', '<', 'Figure')):
            prev = lines[i - 1].strip() if i > 0 else ''
            if prev == '':
                para = []
                j = i
                while j < len(lines) and lines[j].strip():
                    para.append(lines[j])
                    j += 1
                if '[[paper]' in '\n'.join(para):
                    cands.append(i + 1)
    if len(cands) <= 20:
        picked = cands
    else:
        picked = sorted(rng.sample(cands, 20))
    print(name, len(cands), 'candidates, sampled', len(picked))
    for ln in picked:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
