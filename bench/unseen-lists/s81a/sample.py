"""Draw 20 entries a list with one random.Random(8111) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*(?:>\s*)?)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (cands, owner): candidate line numbers (1-based) and a map line -> entry start."""
    cands, owner = [], {}
    in_fence = in_comment = False
    cur = None          # (start line, indent, marker) of the current list entry
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
            indent = len(m.group(1).replace('>', ' '))
            marker = m.group(2)
            mk = '*' if marker in '*' else ('-' if marker in '-+' else 'n')
            if cur and indent > cur[1] and mk != cur[2]:
                # description sub-bullet with another marker: continuation of the entry above
                owner[i] = cur[0]
                cands.append(i)
                continue
            cur = (i, indent, mk)
            owner[i] = i
            cands.append(i)
            continue
        if s.startswith('|'):
            cur = None
            # table row: body row only (not header, not separator)
            if SEP_RE.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(nxt.strip()):
                continue  # header row
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
            owner[i] = cur[0]   # indented continuation line (not drawn itself)
            continue
        cur = None
    return cands, owner


def entry_end(lines, owner, start):
    end = start
    j = start + 1
    while j <= len(lines) and owner.get(j) == start:
        end = j
        j += 1
    return end


def main():
    rng = random.Random(8111)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands, owner = candidates(lines)
        if not text.endswith('\n'):
            # a saved first page of a longer file: its last line is cut mid-entry, leave it out
            cut = len(lines)
            cands = [c for c in cands if owner[c] != owner.get(cut, cut)]
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
            end = entry_end(lines, owner, st)
            out.append({'list': name, 'line': st, 'raw': '\n'.join(lines[st - 1:end])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
