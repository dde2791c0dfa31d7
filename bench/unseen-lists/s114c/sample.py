"""Sample 20 candidate entry lines a list for s114c (random.Random(11431), one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), Markdown table
body rows, lines starting with bold. Fenced code and HTML comments are skipped.
No list here writes papers as headings, so headings are not candidates."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True  # rows after a separator are body rows
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if not in_table and SEP.match(nxt):
                continue  # header row
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11431)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(f, 'candidates', len(cands), 'picked', len(picked))
            for ln in picked:
                fh.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
