"""Sample 20 candidate entries per list with random.Random(8941); writes sample.jsonl."""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
# lists that write papers as headings: which heading levels count as entries
HEADING_LISTS = {'MM-IR__awesome-GNN.README.md': 1}
# lists cut at a read_file page boundary: the last (incomplete) line is not a candidate
PARTIAL = {'EdisonLeeeee__Graph-Adversarial-Learning.README.md'}

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD = re.compile(r'^(#{1,6})\s+\S')


def candidates(name, text):
    lines = text.splitlines()
    if name in PARTIAL:
        lines = lines[:-1]
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
        if TROW.match(line):
            if TSEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if TSEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        m = HEAD.match(line)
        if m:
            lvl = HEADING_LISTS.get(name)
            if lvl is not None and len(m.group(1)) == lvl:
                out.append(i + 1)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out, lines


def main():
    rng = random.Random(8941)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for name in FILES:
            text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
            cands, lines = candidates(name, text)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, 'candidates', len(cands), 'picked', len(pick))
            for ln in pick:
                f.write(json.dumps({'list': name, 'line': ln, 'raw': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
