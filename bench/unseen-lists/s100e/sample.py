#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(10051).

Candidates: list items (bullets / numbered), table body rows (not header or
separator), lines starting with bold (after leading spaces). Fenced code and
HTML comments are skipped. No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out, in_code, in_comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # header row is the row directly before the separator
            if SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(10051)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            name = os.path.basename(path)
            lines = open(path, encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
            print(name, 'candidates', len(cands), 'picked', len(pick))
            for ln in pick:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
