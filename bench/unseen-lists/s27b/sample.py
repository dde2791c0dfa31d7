#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(2702) (fresh generator per list, lists in sorted file-name order).

Candidate lines: list items (-, *, + bullets and numbered items, any indent), table body rows
(rows after a header+separator pair, including rows without a leading pipe, and any other
line starting with '|' that is neither a header nor a separator), and lines starting with bold (**).
Skipped: fenced code blocks and HTML comments.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')

def candidates(lines):
    out = []
    in_code = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            in_table = False
            continue
        if in_code:
            continue
        if s.startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ''
        if '|' in line and SEP.match(nxt) and not SEP.match(line):
            in_table = True          # header row: not a candidate
            continue
        if SEP.match(line) and '|' in line or (SEP.match(line) and in_table):
            continue
        if in_table:
            if s and '|' in line:
                out.append(i + 1)
                continue
            in_table = False
        if s.startswith('|') and not SEP.match(line):
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out

def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2702)
        pick = sorted(rng.sample(cands, 20))
        result[name] = {'candidates': len(cands), 'sample': pick}
        print(name, len(cands), pick)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
