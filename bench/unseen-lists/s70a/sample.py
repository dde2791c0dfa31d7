"""Sample up to 20 entries a list with ONE random.Random(7011), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (none of the three lists
writes papers as headings). Fenced code, HTML comments and a leading YAML front-matter block are
skipped. A drawn line is mapped to the start of its entry (continuation lines belong to the
entry's first line); drawing goes on until 20 distinct entries are held.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, entry_of = [], {}
    in_fence = in_comment = False
    start = 0
    if lines and lines[0].strip() == '---':          # YAML front matter
        for j in range(1, len(lines)):
            if lines[j].strip() == '---':
                start = j + 1
                break
    current = None
    for i in range(start, len(lines)):
        s = lines[i]
        st = s.strip()
        if st.startswith('```') or st.startswith('~~~'):
            in_fence = not in_fence
            current = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in st:
                in_comment = False
            continue
        if st.startswith('<!--'):
            if '-->' not in st:
                in_comment = True
            continue
        if not st:
            current = None
            continue
        if st.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(st) or SEP_RE.match(nxt.strip()):
                current = None
                continue                                # separator or header row
            cands.append(i); entry_of[i] = i; current = None
            continue
        if LIST_RE.match(s) or BOLD_RE.match(s):
            cands.append(i); entry_of[i] = i; current = i
            continue
        if current is not None and (s.startswith(' ') or s.startswith('\t')):
            cands.append(i); entry_of[i] = current     # continuation line
            continue
        current = None
    return cands, entry_of


def main():
    rng = random.Random(7011)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands, entry_of = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            e = entry_of[i]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for e in held:
            out.append({'list': name, 'line': e + 1, 'text': lines[e]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
