"""Sample 20 candidate entry lines a list with random.Random(13071), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
# a line starting with bold; at most one leading space, so that the indented
# (continuation) note paragraphs inside list items ("  **CQL**: ...") are not entries
BOLD = re.compile(r'^ ?\*\*')


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in line:
                comment = True
            continue
        if LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif TABLE_ROW.match(line) and not TABLE_SEP.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(13071)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in names:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        # drop table header rows (the row right before a separator row)
        cand = [c for c in cand if not (c < len(lines) and TABLE_SEP.match(lines[c]) and TABLE_ROW.match(lines[c - 1]))]
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
