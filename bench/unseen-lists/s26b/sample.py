"""Sample 20 candidate entry lines per list with random.Random(2602).

Candidates: list items (-, *, + bullets at any indent; numbered "N." / "N)"),
table body rows (a '|' row that is neither the header row, i.e. the row right
before a |---| separator, nor a separator row, nor a row whose cells are all
empty), and lines starting with bold ('**').  Lines inside fenced code blocks
and inside HTML comments (single- or multi-line) are skipped.
Each list gets its own Random(2602); files are processed in sorted order.
"""
import glob, os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, in_code, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            cells = [c.strip() for c in s.strip('|').split('|')]
            if not any(cells):
                continue  # empty row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out

if __name__ == '__main__':
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        cands = candidates(path)
        rng = random.Random(2602)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        res[name] = picked
        print(name, 'candidates', len(cands), 'picked', picked)
    json.dump(res, open('/tmp/s26b-work/sample.json', 'w'), indent=1)
