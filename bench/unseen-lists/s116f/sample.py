"""Sample 20 candidate entry lines a list with random.Random(11661).

Candidates: list items (bullets -,*,+ and numbered 1. / 1) at any indent), table body rows
(not the header row nor the |---| separator), lines starting with bold. No list here writes
papers as headings. Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
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
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(11661)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(f, len(cands), 'candidates')
            for i in picked:
                fh.write(json.dumps({'list': f, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
