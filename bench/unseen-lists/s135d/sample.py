"""Sample 20 candidate entry lines per list with random.Random(13161).

Candidates: list items (bullets -, *, + and numbered items, any indent), table body rows
(|-rows that are neither a header row nor the |---| separator), lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped. No list here writes papers as
headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13161)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            name = os.path.basename(path)
            with open(path, encoding='utf-8', newline='') as fh:
                lines = fh.read().split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            print(name, 'candidates:', len(cand), 'sampled:', len(pick))
            for ln in pick:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
