"""Draw 20 entries a list with ONE random.Random(8231) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered; nested items are items of their own), table body rows
(not header or separator rows), lines starting with bold; fenced code and HTML comments skipped.
An indented non-item line (also after a blank line, as in "1. **Title**\n\n   *Authors* ...") is a
continuation of the item above and maps to that item's first line.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, owner = [], {}
    fence = comment = False
    cur = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; cur = None; continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            comment = '-->' not in s; continue
        if s == '':
            continue                      # a blank line does not end an item by itself
        if s.startswith('#'):
            cur = None; continue
        if ITEM.match(line):
            cur = i; owner[i] = i; cands.append(i); continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(nxt.strip()):
                continue                  # header row
            owner[i] = i; cands.append(i); continue
        if s.startswith('**'):
            cur = None; owner[i] = i; cands.append(i); continue
        if cur and line[:1] in (' ', '\t'):
            owner[i] = cur; continue      # indented continuation line
        cur = None
    return cands, owner


def entry_end(lines, owner, start):
    end = start
    for j in range(start + 1, len(lines) + 1):
        if owner.get(j) == start:
            end = j
        elif lines[j - 1].strip() == '':
            continue
        else:
            break
    return end


def main():
    rng = random.Random(8231)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands, owner = candidates(lines)
        if not text.endswith('\n'):       # partial save: the last entry is cut, leave it out
            last = owner.get(len(lines))
            cands = [c for c in cands if owner[c] != last]
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
            out.append({'list': name, 'line': st, 'raw': '\n'.join(lines[st - 1:entry_end(lines, owner, st)])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
