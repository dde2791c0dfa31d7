"""Sample 20 candidate entry lines a list with random.Random(1506) (a fresh generator per list,
lists in sorted file-name order). Candidates: list items (-, *, + bullets, numbered items, any
indent), table body rows (| ... |, not the header row or the |---| separator), and lines starting
with bold (**). Fenced code blocks and HTML comments are skipped."""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(path):
    lines = open(path, encoding='utf-8', newline='').read().splitlines()
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

if __name__ == '__main__':
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        c = candidates(path)
        pick = sorted(random.Random(1506).sample(c, 20))
        print(os.path.basename(path), len(c), pick)
