"""Sample 20 candidate entry lines per list with random.Random(14091).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and the cut last line
of a partial (two-page) file (a file with no final newline).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*[-*+]\s+\S')
NUMBER = re.compile(r'^\s*\d+[.)]\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(text):
    lines = text.split('\n')
    partial = not text.endswith('\n')
    if not partial:
        lines = lines[:-1]  # the empty string after the final newline
    n = len(lines)
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if partial and i == n - 1:
            break  # the cut last line
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
        if TABLE.match(line):
            if SEP.match(line):
                continue
            if i + 1 < n and SEP.match(lines[i + 1]):
                continue  # header row
            out.append(i + 1)
            continue
        if BULLET.match(line) or NUMBER.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out, lines


def main():
    rng = random.Random(14091)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        cands, lines = candidates(text)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
