"""Sample 20 candidate entry lines a list with random.Random(12021); writes sample.jsonl.

Candidates: list items (bullets -,*,+ and numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, the cut final line of a partial file (no final newline).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    cut_last = not text.endswith('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    out = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if cut_last and i == len(lines) - 1:
            continue
        if SEP.match(line) and i > 0 and '|' in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if '|' in line and s:
                out.append(i + 1)
                continue
            in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return lines, out


def main():
    rng = random.Random(12021)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines, cands = candidates(path)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for n in picked:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
