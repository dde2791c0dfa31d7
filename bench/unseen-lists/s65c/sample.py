#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6531), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
N = 20


def read_lines(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    return text.split('\n') if not text.endswith('\n') else text[:-1].split('\n')


def classify(lines):
    """Return (candidates, skip) where skip marks fenced-code / comment lines."""
    skip = [False] * len(lines)
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if comment or s.startswith('<!--'):
            skip[i] = True
            comment = '-->' not in s if not comment else '-->' not in s
            if s.startswith('<!--') and '-->' in s:
                comment = False
            continue
    # front matter at the top of the file
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            skip[j] = True
            if lines[j].strip() == '---':
                skip[0] = True
                break
    cands = []
    table_hdr_seen = set()
    for i, l in enumerate(lines):
        if skip[i] or not l.strip():
            continue
        if ITEM.match(l) or BOLD.match(l):
            cands.append(i)
        elif TABLE.match(l):
            if SEP.match(l):
                continue
            # header row: next line is separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            cands.append(i)
    return cands, skip


def entry_start(lines, i):
    """A nested or continuation line belongs to the item above it."""
    l = lines[i]
    ind = len(l) - len(l.lstrip())
    if ind == 0:
        return i
    j = i - 1
    while j >= 0:
        p = lines[j]
        if not p.strip():
            return i
        pind = len(p) - len(p.lstrip())
        if pind < ind and ITEM.match(p):
            return entry_start(lines, j)
        j -= 1
    return i


def entry_end(lines, s):
    """Entry = its first line plus following indented non-item continuation lines."""
    e = s
    base = len(lines[s]) - len(lines[s].lstrip())
    k = s + 1
    while k < len(lines):
        l = lines[k]
        if not l.strip():
            break
        ind = len(l) - len(l.lstrip())
        if ind > base and not ITEM.match(l):
            e = k
            k += 1
            continue
        break
    return e


def main():
    rng = random.Random(6531)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = read_lines(path)
        cands, _ = classify(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        stats[name] = {'lines': len(lines), 'candidates': len(cands), 'drawn': len(held)}
        for s in sorted(held):
            e = entry_end(lines, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(json.dumps(stats, indent=1))


if __name__ == '__main__':
    main()
