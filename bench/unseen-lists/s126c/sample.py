"""Sample 20 candidate entries a list with random.Random(12551), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, blockquote lines (`> ...`), table header/separator rows.
No list here writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12551)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if re.match(r'^\s*([-*+]|\d+[.)])(\s|$)', line) and not re.match(r'^\s*([-*_]\s*){3,}$', line):
            out.append(i)
        elif s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', s):
                continue  # separator row
            if re.match(r'^\|?\s*:?-{3,}', nxt):
                continue  # header row
            out.append(i)
        elif re.match(r'^\s*(\*\*|__)', line):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f, len(c), 'candidates,', len(pick), 'sampled')
        for i in pick:
            fo.write(json.dumps({'list': f, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')
