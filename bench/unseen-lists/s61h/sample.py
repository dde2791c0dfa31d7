#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(6181), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []          # (candidate line index, entry start index)
    in_fence = in_comment = False
    start = None      # start of the current list entry (for continuation lines)
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; start = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if not s:
            start = None; continue
        if LIST_RE.match(ln):
            start = i; out.append((i, i)); continue
        if s.startswith('|'):
            start = None
            if SEP_RE.match(s): continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'): continue   # header row
            out.append((i, i)); continue
        if s.startswith('#'):
            start = None; continue       # no list here writes papers as headings
        if s.startswith('**'):
            start = i; out.append((i, i)); continue
        if start is not None and ln[:1].isspace():
            out.append((i, start))       # continuation line of a list entry (counted as drawn line)
            continue
        start = None
    return out

def entry_end(lines, st):
    j = st + 1
    while j < len(lines) and lines[j].strip() and lines[j][:1].isspace() and not LIST_RE.match(lines[j]):
        j += 1
    return j

def main():
    rng = random.Random(6181)
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng.shuffle(cands)
        held = []
        for _, st in cands:
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for st in sorted(held):
            raw = '\n'.join(lines[st:entry_end(lines, st)])
            res.append({'list': name, 'line': st + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in res:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
