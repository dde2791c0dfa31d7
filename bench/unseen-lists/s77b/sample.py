#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7721) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, N = 7721, 20

def candidates(lines):
    """Return (candidate line numbers, entry start of each line)."""
    cands, in_fence, in_comment = [], False, False
    n = len(lines)
    for i, raw in enumerate(lines):
        line = raw.rstrip('\r\n')
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^\s*([-*_]\s*){3,}$', line):
            continue  # thematic break (***, ---), not an entry
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            cands.append(i)
        elif s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if re.match(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$', s):
                continue  # separator row
            if re.match(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$', nxt):
                continue  # header row
            cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    return cands

def entry_start(lines, i):
    # every entry in these three lists is one line (no continuation lines)
    return i

def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for st in sorted(held):
            out.append({'list': name, 'line': st + 1, 'raw': lines[st].rstrip('\r')})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
