"""Sample 20 candidate entry lines a list with random.Random(13611), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header / separator rows),
lines starting with bold. Fenced code and HTML comments are skipped. No list here writes
papers as headings. In xuzf-git__KG-Paper the indented `* 论文地址：` / `* 代码地址：` /
`* 笔记链接：` / `* 项目地址：` bullets are the detail lines of the numbered entry above them
(not entries of their own), so only the numbered items are candidates there.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13611)
out = []
DETAIL = re.compile(r'^\s+[*-]\s*(论文地址|代码地址|代码实现|笔记链接|项目地址)[：:]')
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            is_sep = re.fullmatch(r'\|?[\s:\-|]+\|?', s) is not None
            nxt = lines[i].strip() if i < len(lines) else ''
            is_header = not prev_table and re.fullmatch(r'\|?[\s:\-|]+\|?', nxt or 'x') is not None
            prev_table = True
            if not is_sep and not is_header:
                cands.append(i)
            continue
        prev_table = False
        if DETAIL.match(ln):
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', ln) or s.startswith('**'):
            cands.append(i)
    pick = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, len(cands), 'candidates,', len(pick), 'sampled')
    for i in pick:
        out.append({'list': name, 'line': i, 'text': lines[i - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
