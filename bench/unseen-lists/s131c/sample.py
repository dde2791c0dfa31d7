"""Sample 20 candidate entries per list with random.Random(12931) (one generator, lists in sorted file-name order).

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, headings written inside a list item ("  - ### X", they are
headings, not entries), nested field bullets of Eleanor825 ("    * Title:/Year:/Author:/Abstract:",
which continue their parent entry), and a partial file's cut last line.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
CUT_LAST = {'Eleanor825__Machine-Learning-Knowledge-Base.README.md'}  # last line cut mid-link
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-*:?\s*)*\|?\s*$')
FIELD = re.compile(r'^\s+[-*]\s+(Title|Year|Author|Abstract):')
HEADING_ITEM = re.compile(r'^\s*[-*+]\s+#{1,6}\s')


def candidates(lines, name):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    n = len(lines) - 1 if name in CUT_LAST else len(lines)
    for i in range(n):
        l = lines[i]
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(l) and i > 0 and lines[i - 1].strip().startswith('|'):
                in_table = True
                continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if HEADING_ITEM.match(l) or FIELD.match(l):
            continue
        if BULLET.match(l) or s.startswith('**'):
            out.append(i + 1)
    return out


rng = random.Random(12931)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for name in FILES:
        text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines, name)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), 'candidates')
        for ln in pick:
            fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
