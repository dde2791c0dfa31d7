#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list for s113b (random.Random(11321), one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table body rows,
lines starting with bold. Fenced code and HTML comments are skipped. No list here writes papers
as headings, so headings are not candidates."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i)
            continue
        if BULLET.match(line):
            out.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


def main():
    rng = random.Random(11321)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        k = min(20, len(cand))
        pick = sorted(rng.sample(cand, k))
        print(os.path.basename(f), 'candidates', len(cand), 'sampled', k)
        for i in pick:
            rows.append({'list': os.path.basename(f), 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
