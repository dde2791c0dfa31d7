#!/usr/bin/env python3
"""Sample up to 20 candidate entry lines per list with random.Random(12451).

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold. Fenced code and HTML comments are skipped. (None of these lists writes papers
as headings, so no headings are candidates.) One generator, lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^(```+|~~~+)', s)
        if m:
            fence = m.group(1)
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
        elif s.startswith('|'):
            # table body row: not the separator, not the header (line after it is separator)
            if TABLE_SEP.match(s):
                continue
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1].strip()):
                continue
            out.append(i)
    return out


def main():
    rng = random.Random(12451)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
