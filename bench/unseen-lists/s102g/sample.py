"""Sample 20 candidate entry lines per list with random.Random(10271).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and the cut last line
of a partial file (no final newline).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)+\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(text):
    lines = text.split('\n')
    partial = not text.endswith('\n')
    n = len(lines) - 1 if partial else len(lines)
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i in range(n):
        ln = lines[i]
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # table header: a line with '|' followed by a separator row
        if '|' in ln and i + 1 < len(lines) and SEP.match(lines[i + 1]):
            in_table = True
            continue
        if in_table:
            if SEP.match(ln):
                continue
            if '|' in ln and s:
                out.append(i + 1)
                continue
            in_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(10271)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(text)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
