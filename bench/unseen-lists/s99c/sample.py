"""Sample 20 candidate entry lines a list with random.Random(9931).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. Fenced code and HTML comments are skipped. In the amusi list the
detail bullets under a paper title ("- 论文：...", "- 代码：...") belong to the
entry that starts at the title line, so they are not separate candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9931)
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(name, lines):
    out, fence, comment = [], False, False
    header_seen = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
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
            if TABLE_SEP.match(s):
                header_seen = True
                continue
            if header_seen:
                out.append(i)
            continue
        header_seen = False
        if BULLET.match(line):
            if name.startswith('amusi__'):
                # detail bullet of a paper entry: nearest previous non-blank,
                # non-bullet line is the entry's title (bold or plain text)
                j = i - 2
                while j >= 0 and (not lines[j].strip() or BULLET.match(lines[j])):
                    j -= 1
                prev = lines[j].strip() if j >= 0 else ''
                if prev and not prev.startswith('#') and not prev.startswith('<') and '，' not in prev:
                    continue
            out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for name in files:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, len(cand), 'candidates')
        for ln in pick:
            fh.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
