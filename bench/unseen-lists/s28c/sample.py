"""Sample 20 candidate entry lines per list with random.Random(2803).

Candidate lines: list items (bullets -,*,+ or numbered, any indentation), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
One exclusion: an indented bullet that only continues the paper entry above it
(yassouali's "  - Authors. *Venue Year*" line, no link in it) is part of that entry, not an entry.
"""
import json, random, re, sys, os

LISTS = [
    "MarkMoHR__Awesome-Referring-Image-Segmentation.README.md",
    "yassouali__awesome-semi-supervised-learning.README.md",
    "nemonameless__segmentation-paper-list.README.md",
    "mrgloom__awesome-semantic-segmentation.README.md",
]
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
CONT = re.compile(r'^\s+[-*+]\s+[^\[\]()]*\*[^*]+\*\.?\s*$')

def candidates(lines):
    out = []
    fence = False
    comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line):
            if CONT.match(line):
                continue
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    res = {}
    for name in LISTS:
        lines = open(os.path.join(here, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2803)
        pick = sorted(rng.sample(cands, 20))
        res[name] = {'candidates': len(cands), 'sample': pick}
        print(name, len(cands), pick, file=sys.stderr)
    print(json.dumps(res, indent=1))

if __name__ == '__main__':
    main()
