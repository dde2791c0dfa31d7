"""Draw 20 entries a list with ONE random.Random(8061), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold, and heading lines that are papers' titles (the
IncineratorR file writes each paper as a numbered heading "### N. Title"); fenced
code and HTML comments are skipped.
Each drawn line is mapped to the start of its entry: a "- **Label:** ..." bullet that
sits in the block directly under a numbered paper heading belongs to that heading's
entry; every other candidate starts its own entry (the continuation lines of the
git-disl list, "*arXiv* [[paper](...)]" under a bold title, are not candidates).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([*+-]|\d+[.)])\s+\S')
PAPER_HEADING = re.compile(r'^#{3,6}\s+\d+\.\s+\S')
HEADING = re.compile(r'^#{1,6}\s')


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
        elif PAPER_HEADING.match(line) or ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i):
    if PAPER_HEADING.match(lines[i]):
        return i
    if ITEM.match(lines[i]):
        j = i - 1
        while j >= 0 and lines[j].strip() and ITEM.match(lines[j]):
            j -= 1
        if j >= 0 and PAPER_HEADING.match(lines[j]):
            return j
    return i


def main():
    rng = random.Random(8061)
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
