"""Sample 20 candidate entry lines per list with random.Random(12151).

Candidates: list items (bullets, numbered), table body rows (not the header row
or the |---| separator), lines starting with bold. Fenced code and HTML comments
are skipped. No list here writes papers as headings.
Judgement: an indented "- reviewed by ..." sub-bullet in the Deep-Scratch list is
a detail line of the numbered paper entry above it, not an entry of its own, so it
is not a candidate (the paper entry's raw includes it).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
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
        if re.match(r'^\s+- reviewed by', ln):
            continue
        if ITEM.match(ln):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i + 1)
    return out

rng = random.Random(12151)
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f, 'candidates', len(c), 'picked', len(pick))
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
