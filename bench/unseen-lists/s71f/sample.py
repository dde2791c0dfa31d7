"""Sample up to 20 entries a list with ONE random.Random(7161), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (none of the three lists
writes papers as headings). Fenced code and HTML comments are skipped.
A drawn line is mapped to the start of the entry it belongs to:
  * an indented list item that is a note under a paper item (its text does not open with bold,
    and its nearest less-indented list item opens with a bold title, or is itself such a note)
    belongs to that paper item;
  * other list items, bold lines and table rows start their own entries.
Drawing goes on until 20 distinct entries are held.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+(\S.*)$')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, entry_of = [], {}
    in_fence = in_comment = False
    stack = []   # (indent, entry_start, is_paper_item) of open list items
    for i, s in enumerate(lines):
        st = s.strip()
        if st.startswith('```') or st.startswith('~~~'):
            in_fence = not in_fence
            stack = []
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
            continue
        if st.startswith('|'):
            stack = []
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(st) or SEP_RE.match(nxt.strip()):
                continue                                # separator or header row
            cands.append(i); entry_of[i] = i
            continue
        if st.startswith('#'):
            stack = []
            continue
        m = LIST_RE.match(s)
        if m:
            ind = len(m.group(1).expandtabs(4))
            body = m.group(2)
            while stack and stack[-1][0] >= ind:
                stack.pop()
            bold = body.startswith('**') or body.startswith('[**')
            if stack and stack[-1][2] and not bold:
                e = stack[-1][1]                        # note under a paper item
                cands.append(i); entry_of[i] = e
                stack.append((ind, e, True))
            else:
                cands.append(i); entry_of[i] = i
                stack.append((ind, i, bold))
            continue
        if BOLD_RE.match(s):
            cands.append(i); entry_of[i] = i
            stack = []
            continue
        if not s.startswith(' '):
            stack = []
    return cands, entry_of


def main():
    rng = random.Random(7161)
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
            ends = [j for j in cands if entry_of[j] == e]
            out.append({'list': name, 'line': e + 1, 'last': max(ends) + 1, 'text': lines[e]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
