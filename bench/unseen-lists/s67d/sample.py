"""Sample 20 entries a list with ONE random.Random(6741) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered) with some content, table body rows, lines starting with
bold, and paper-title headings (none in these lists); fenced code and HTML comments are skipped.
Empty bullets ("-" or "- " with nothing after) are not entries and are not candidates.
A drawn line is mapped to the start of the entry it belongs to: a line that is not itself a list
item / row / bold line (a continuation) belongs to the nearest candidate line above it without a
blank line in between.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
ROW = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')


def candidates(lines):
    cands, in_fence, in_comment = [], False, False
    prev_row = False
    for i, line in enumerate(lines):
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
        if ROW.match(line):
            # header row = a row followed by a separator row; separator rows skipped
            if SEP.match(line):
                prev_row = True
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt) and ROW.match(nxt):
                continue
            cands.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    return cands


def entry_start(lines, i, cands):
    cs = set(cands)
    j = i
    while j not in cs and j > 0 and lines[j - 1].strip() != '':
        j -= 1
    return j if j in cs else i


def main():
    rng = random.Random(6741)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i, cands)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for s in held:
            out.append({'list': name, 'line': s + 1, 'text': lines[s]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
