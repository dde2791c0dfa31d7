"""Sample up to 20 entries a list with ONE random.Random(7151), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles (none of the three lists
writes papers as headings). Fenced code and HTML comments are skipped. A drawn line is mapped to
the start of its entry: an indented line (a nested bullet such as "   - Hughes, D. P., ..." or
"   - [Paper](...)") directly under an entry belongs to that entry's first line. Drawing goes on
until 20 distinct entries are held (fewer if the list has fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, entry_of = [], {}
    in_fence = in_comment = False
    current = None
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
        indented = s[:1] in (' ', '\t')
        if indented and current is not None:
            if LIST_RE.match(s) or BOLD_RE.match(s):
                cands.append(i); entry_of[i] = current  # nested bullet of an entry
            continue
        if LIST_RE.match(s) or BOLD_RE.match(s):
            cands.append(i); entry_of[i] = i; current = i
            continue
        current = None
    return cands, entry_of


def main():
    rng = random.Random(7151)
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
            # the entry's source lines: its first line plus indented continuation lines
            j = e + 1
            while j < len(lines) and lines[j].strip() and lines[j][:1] in (' ', '\t') and not lines[e].lstrip().startswith('|'):
                j += 1
            out.append({'list': name, 'line': e + 1, 'raw': '\n'.join(lines[e:j])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
