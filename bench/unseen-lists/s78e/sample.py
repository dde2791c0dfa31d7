"""Sample up to 20 entries a list with ONE random.Random(7851), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (a heading whose text starts
with a Markdown link, as in Voyagerlemon's "### [Title](url)"). Fenced code and HTML comments are
skipped. A drawn line is mapped to the start of its entry: an indented continuation line belongs to
the item above it, and the detail bullets under a paper-title heading (up to the next heading or
"---" rule) belong to that heading. Drawing goes on until 20 distinct entries are held.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
HEAD_RE = re.compile(r'^\s{0,3}(#{1,6})\s+(.*)$')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, entry_of = [], {}
    in_fence = in_comment = False
    current = None          # entry a continuation line would join
    paper_head = None       # paper-title heading whose detail bullets follow
    for i, s in enumerate(lines):
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
        m = HEAD_RE.match(s)
        if m:
            current = None
            paper_head = None
            if m.group(2).strip().startswith('['):
                cands.append(i); entry_of[i] = i; paper_head = i
            continue
        if st == '---':
            current = None; paper_head = None
            continue
        if not st:
            current = None
            continue
        if st.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(st) or SEP_RE.match(nxt.strip()):
                current = None
                continue
            cands.append(i); entry_of[i] = i; current = None
            continue
        if LIST_RE.match(s) or BOLD_RE.match(s):
            cands.append(i)
            if paper_head is not None:
                entry_of[i] = paper_head
            else:
                entry_of[i] = i; current = i
            continue
        if current is not None and (s.startswith(' ') or s.startswith('\t')):
            cands.append(i); entry_of[i] = current
            continue
        current = None
    return cands, entry_of


def main():
    rng = random.Random(7851)
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
        print(f'{name}: {len(cands)} candidate lines, {len(set(entry_of.values()))} entries, {len(held)} drawn')
        for e in held:
            out.append({'list': name, 'line': e + 1, 'text': lines[e]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
