"""Draw 20 entries a list with ONE random.Random(8131), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold; fenced code and HTML comments are skipped. None of the
three lists writes papers as headings. Each drawn line is mapped to the start of the
entry it belongs to: an indented list item or bold line that continues a list item
(no blank-line-separated new bullet in between) would map up to that item; in these
three files every candidate is itself the first line of its entry (the continuation
lines of the multi-line citations in the Applied-AI list are quoted titles and "[2023]"
lines, which are not candidates), so the map is the identity in practice.
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
    # a bold line or nested item directly under a top-level item (no blank line) continues it
    line = lines[i]
    if line.startswith((' ', '\t')) and not ITEM.match(line):
        j = i - 1
        while j >= 0 and lines[j].strip():
            if ITEM.match(lines[j]) and not lines[j].startswith((' ', '\t')):
                return j
            j -= 1
    return i


def main():
    rng = random.Random(8131)
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
