#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(10081).

Candidates: list items (bullets -,*,+ and numbered 1. / 1)), table body rows,
lines starting with bold. Skipped: fenced code, HTML comments, thematic breaks
("* * *"), and the last line of each file (the saved text is the first 32000
characters of the README and ends mid-line).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*\S')
HR = re.compile(r'^\s*([-*_])(?:\s*\1){2,}\s*$')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, in_code, in_comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines[:-1], start=1):  # last line is cut
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
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
        if HR.match(line):
            continue
        if s.startswith('|'):
            # table body rows: not the header (followed by separator) nor the separator
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt.strip()):
                continue
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(10081)
    rows = []
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
