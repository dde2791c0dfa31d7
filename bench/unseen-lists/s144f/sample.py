"""s144f: sample 20 candidate entry lines a list with random.Random(13691); writes sample.jsonl.

Candidates: list items (bullets, numbered), table body rows (not header or separator),
lines starting with bold. Fenced code and HTML comments are skipped. None of the three
lists writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*\S')
TROW_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TROW_RE.match(line):
            if SEP_RE.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i + 1)
        elif LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13691)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), 'candidates')
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
