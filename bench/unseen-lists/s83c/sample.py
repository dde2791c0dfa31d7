#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(8331).

Candidate lines: list items (bullets -,*,+ ; numbered "1." / "1)" ; and bracket-numbered
"[1] ..." reference-style entries), table body rows (a row starting with "|" that is
neither the header row nor the delimiter row), and lines starting with bold (** or __).
No list here writes papers as headings, so headings are not candidates.
Fenced code blocks and HTML comments are skipped.
Writes sample.jsonl (list, line, text) in sorted file-name order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*([-*+])\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s+\S')
BRACKET_NUM = re.compile(r'^\s*\[\d+\]\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
HR = re.compile(r'^\s*([-*_])(\s*\1){2,}\s*$')


def candidates(lines):
    out = []
    in_fence = None
    in_comment = False
    for i, line in enumerate(lines):
        s = line.rstrip('\n')
        st = s.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if in_fence:
            if st.startswith(in_fence):
                in_fence = None
            continue
        m = re.match(r'^\s*(```+|~~~+)', s)
        if m:
            in_fence = m.group(1)
            continue
        if st.startswith('<!--'):
            if '-->' not in st:
                in_comment = True
            continue
        if HR.match(s):
            continue
        if st.startswith('|'):
            if DELIM.match(s):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if DELIM.match(nxt.rstrip('\n')):
                continue  # header row
            out.append(i)
            continue
        if BULLET.match(s) or NUMBERED.match(s) or BRACKET_NUM.match(s) or BOLD.match(s):
            out.append(i)
    return out


def main():
    rng = random.Random(8331)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        print(f, 'candidates:', len(cands), 'picked:', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
