#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(9771).

Candidates: list items (bullets -,*,+ and numbered "N." / "N)" followed by a space, as
CommonMark requires), table body rows (not the header row, not the |---| separator row),
lines starting with bold (**...). No list here writes papers as headings, so headings are
not candidates. Fenced code blocks and HTML comments are skipped.
Writes sample.jsonl next to this script: {list, line (1-based), text}.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
rng = random.Random(9771)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    out = []
    in_fence = False
    fence = None
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        m = re.match(r'^\s*(```+|~~~+)', ln)
        if m:
            if not in_fence:
                in_fence, fence = True, m.group(1)[:3]
            elif s.startswith(fence):
                in_fence = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            out.append(i)
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, N)) if len(cands) > N else cands
        print(f, 'candidates', len(cands), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
