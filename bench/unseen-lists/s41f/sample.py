"""Sample 20 candidate entry lines per list with random.Random(4106).

Candidates: list items (bullets -,*,+ or numbered, at any indent), table body
rows (not header/separator), and lines starting with bold (**).  Lines inside
fenced code blocks and HTML comments are skipped.  A fresh Random(4106) is used
for each list; lists are processed in sorted file-name order.
Output: sample.tsv (list, line, text) next to this script.
"""
import os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
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
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(s) or SEP.match(nxt.strip()):
                continue  # separator row or header row
            out.append((i, ln))
        elif ITEM.match(ln) or BOLD.match(ln):
            out.append((i, ln))
    return out


def main():
    rows = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.README.md'):
            continue
        cand = candidates(os.path.join(HERE, name))
        rng = random.Random(4106)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates:', len(cand))
        rows += [(name, i, ln) for i, ln in pick]
    with open(os.path.join(HERE, 'sample.tsv'), 'w', encoding='utf-8') as f:
        for name, i, ln in rows:
            f.write(f'{name}\t{i}\t{ln}\n')


if __name__ == '__main__':
    main()
