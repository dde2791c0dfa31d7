"""Draw up to 20 entries a list with one random.Random(6641), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6641)

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
PAPER_HEADING = re.compile(r'^#{1,6}\s+\d+\.\s+\S')  # "#### 1. Title" paper headings


def candidates(lines):
    out = []          # (line_no, entry_start)
    in_code = in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(ln):
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(ln):
                prev_table = True
                continue
            if not prev_table and SEP.match(nxt):   # header row
                prev_table = True
                continue
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(ln) or BOLD.match(ln) or PAPER_HEADING.match(ln):
            out.append(i)
    return out


def main():
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            start = ln  # every candidate here is a one-line entry start
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(name, 'candidates', len(cands), 'drawn', len(held))
        for ln in held:
            res.append({'list': name, 'line': ln, 'raw': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in res:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
