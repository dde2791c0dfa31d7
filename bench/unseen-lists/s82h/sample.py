"""Draw up to 20 entries a list with ONE random.Random(8281) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (no header or separator rows),
lines starting with bold. Fenced code and HTML comments are skipped. Each drawn line is mapped to
the start of the entry it belongs to (a nested description bullet under a numbered item, or an
indented continuation line, belongs to the item above), until 20 distinct entries are held.
Writes sample.jsonl (list, line, raw).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8281
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def kind(marker):
    return 'n' if marker[0].isdigit() else marker


def candidates(lines):
    cands, owner = [], {}
    in_fence = in_comment = False
    cur = None  # (start, indent, kind) of the open list entry
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur = None
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
        m = LIST_RE.match(line)
        if m:
            indent, k = len(m.group(1)), kind(m.group(2))
            if cur and indent > cur[1] and k != cur[2]:
                owner[i] = cur[0]          # nested detail bullet of another marker: same entry
                cands.append(i)
                continue
            cur = (i, indent, k)
            owner[i] = i
            cands.append(i)
            continue
        if s.startswith('|'):
            cur = None
            if SEP_RE.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP_RE.match(nxt):
                continue                   # header row
            owner[i] = i
            cands.append(i)
            continue
        if s.startswith('**'):
            cur = None
            owner[i] = i
            cands.append(i)
            continue
        if s == '' or s.startswith('#'):
            cur = None
            continue
        if cur and line.startswith(' '):
            owner[i] = cur[0]              # indented continuation line
            continue
        cur = None
    return cands, owner


def entry_end(owner, start, n):
    end, j = start, start + 1
    while j <= n and owner.get(j) == start:
        end, j = j, j + 1
    return end


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, owner = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = owner[ln]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(owner[c] for c in cands))} entries, drew {len(held)}')
        for st in held:
            end = entry_end(owner, st, len(lines))
            out.append({'list': name, 'line': st, 'raw': '\n'.join(lines[st - 1:end])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
