"""Draw 20 entries a list with ONE random.Random(7921), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator
rows), lines starting with bold; fenced code and HTML comments are skipped. None of
the three lists writes papers as headings.
Entry starts: every candidate is its own entry, except an indented bullet without a
link that sits under a bullet item (a note such as csyhhu's
"  - Is pruning by absolute value meaningful?"): it is a continuation and maps to the
bullet above it. Indented bullets with links (amir-ghz's nested table of contents)
are entries of their own.
Writes sample.jsonl: list, line (1-based entry start), raw (entry lines).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([*+-]|\d+[.)])\s+\S')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence or not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i):
    m = ITEM.match(lines[i])
    if m and m.group(1) and '](' not in lines[i]:
        ind = len(m.group(1))
        j = i - 1
        while j >= 0:
            mj = ITEM.match(lines[j])
            if mj and len(mj.group(1)) < ind:
                return j
            if not lines[j].strip():
                break
            j -= 1
    return i


def entry_lines(lines, start):
    end = start + 1
    m = ITEM.match(lines[start])
    if m:
        ind = len(m.group(1))
        while end < len(lines):
            mj = ITEM.match(lines[end])
            if mj and len(mj.group(1)) > ind and '](' not in lines[end]:
                end += 1
            else:
                break
    return lines[start:end]


def main():
    rng = random.Random(7921)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(name, 'candidates', len(cands), 'drawn', len(held))
        for s in sorted(held):
            rows.append({'list': name, 'line': s + 1, 'raw': '\n'.join(entry_lines(lines, s))})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
