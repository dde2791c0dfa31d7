"""Draw 20 entries a list with ONE random.Random(7441) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    cands, in_code, in_comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(ln) or s.startswith('**'):
            cands.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):      # header row
                continue
            cands.append(i)
    return cands

def entry_start(lines, i):
    # continuation lines (indented, not list items, not blank) belong to the item above
    j = i
    while j > 0 and lines[j].strip() and not ITEM.match(lines[j]) and not lines[j].lstrip().startswith(('|', '#', '**')) and lines[j].startswith((' ', '\t')):
        j -= 1
    return j

def main():
    rng = random.Random(7441)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        name = os.path.basename(path)
        print(f'{name}: {len(cands)} candidates, {len(held)} entries drawn')
        for st in held:
            out.append({'list': name, 'line': st + 1, 'raw': lines[st]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
