#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(1606).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), and lines starting with bold; fenced code and HTML comments
are skipped. Prints list, 1-based line number and the line.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment = [], False, False
    prev_table = False
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
            nxt = lines[i].strip() if i < len(lines) else ''
            is_sep = re.fullmatch(r'\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?', s) is not None
            is_header = (not prev_table) and re.fullmatch(r'\|?\s*:?-{2,}.*', nxt) is not None
            prev_table = True
            if not is_sep and not is_header:
                out.append((i, line))
            continue
        prev_table = False
        if re.match(r'^([-*+]|\d+[.)])\s+\S', s) or s.startswith('**') or s.startswith('__'):
            out.append((i, line))
    return out

def main():
    rng = random.Random(1606)
    res = []
    for name in LISTS:
        cands = candidates(os.path.join(HERE, name))
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for i, line in pick:
            res.append({'list': name, 'line': i, 'text': line})
    json.dump(res, sys.stdout, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()
