"""Draw 20 entries a list with ONE random.Random(8141), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold; fenced code and HTML comments are skipped. None of
the three lists writes papers as headings. Each drawn line is mapped to the start of
its entry: in these three files every entry is a single line (no candidate is the
continuation of a multi-line entry), so the map is the identity. Bare paragraph
links (the Benchmark and Blog post paragraphs of the PyVertical reading list) are not
candidates under these rules.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([*+-]|\d+[.)])\s+\S')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i):
    return i


def main():
    rng = random.Random(8141)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for s in held:
            rows.append({'list': name, 'line': s + 1, 'text': lines[s]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
