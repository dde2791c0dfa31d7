"""Sample 20 candidate entry lines per list with random.Random(11421).

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold. Skipped: fenced code, HTML comments, table header/separator rows.
Lists are processed in sorted file-name order with one generator.
"""
import json, os, random, re, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i + 1)
            continue
        if s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11421)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
