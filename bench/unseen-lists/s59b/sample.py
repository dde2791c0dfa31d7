"""Sample 20 entries a list for s59b (seed 5921, one RNG over the lists in sorted file-name order).

Candidate lines: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold, and heading lines that are paper titles (none of the three lists
writes papers as headings). Fenced code and HTML comments are skipped.
A drawn line is mapped to the start of the entry it belongs to:
  * an indented list item whose nearest less-indented list item is a paper/blog entry (not a
    table-of-contents link to '#anchor') is a note of that entry -> the parent's line;
  * table-of-contents sub-items are entries of their own.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def scan(lines):
    """Return candidate line indexes (0-based)."""
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') and not re.match(r'^```[^`]+```', s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if LIST_RE.match(ln):
            cands.append(i)
        elif s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(s) or SEP_RE.match(nxt.strip()):
                continue  # separator or header row
            cands.append(i)
        elif s.startswith('**'):
            cands.append(i)
    return cands


def entry_start(lines, i):
    m = LIST_RE.match(lines[i])
    if not m or len(m.group(1).expandtabs(4)) == 0:
        return i
    ind = len(m.group(1).expandtabs(4))
    for j in range(i - 1, -1, -1):
        mj = LIST_RE.match(lines[j])
        if mj and len(mj.group(1).expandtabs(4)) < ind:
            if '](#' in lines[j]:
                return i  # table-of-contents sub-item: its own entry
            return entry_start(lines, j)
        if lines[j].strip() and not mj and not lines[j].startswith((' ', '\t')):
            return i
    return i


def main():
    rng = random.Random(5921)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in held:
            out.append({'list': name, 'line': s + 1, 'text': lines[s]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
