"""Sample 20 candidate entry lines per list with random.Random(12821).

Candidates: bullet / numbered list items, table body rows (not header or
separator rows), lines starting with bold. Fenced code blocks and HTML
comments are skipped. No list here writes papers as headings, so headings
are not candidates. Lists are processed in sorted file-name order with one
generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


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
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line):
            out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
            continue
    return out


def main():
    rng = random.Random(12821)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            name = os.path.basename(path)
            lines = open(path, encoding='utf-8').read().split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            print(name, 'candidates', len(cand))
            for i in pick:
                f.write(json.dumps({'list': name, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
