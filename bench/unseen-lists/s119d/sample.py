"""s119d sampler: 20 candidate entry lines a list, random.Random(11941), one generator,
lists in sorted file-name order. Candidates: list items (bullets / numbered), table body rows
(not header or separator rows), lines starting with bold. Fenced code and HTML comments skipped.
None of these lists writes papers as headings, so headings are not candidates. Writes sample.jsonl."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11941)
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEPROW = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEPROW.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEPROW.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


if __name__ == '__main__':
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
            name = os.path.basename(path)
            lines = open(path, encoding='utf-8', newline='').read().split('\n')
            c = candidates(lines)
            pick = sorted(rng.sample(c, 20)) if len(c) > 20 else c
            print(name, 'candidates', len(c), 'picked', len(pick))
            for ln in pick:
                fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
