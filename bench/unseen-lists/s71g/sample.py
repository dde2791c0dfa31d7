#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(7171) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def analyse(lines):
    """Return {candidate line index: entry start index}."""
    n = len(lines)
    code = [False] * n
    infence = False
    incomment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            code[i] = True
            infence = not infence
            continue
        if infence:
            code[i] = True
            continue
        if incomment:
            code[i] = True
            if '-->' in s:
                incomment = False
            continue
        if s.startswith('<!--'):
            code[i] = True
            if '-->' not in s:
                incomment = True
    cand = {}
    for i, l in enumerate(lines):
        if code[i]:
            continue
        s = l.strip()
        if not s:
            continue
        m = BULLET.match(l)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent == 0:
                cand[i] = i
            else:
                # nested item: belongs to the nearest top-level item above it
                j = i - 1
                while j >= 0 and lines[j].strip() and not (BULLET.match(lines[j]) and not BULLET.match(lines[j]).group(1)):
                    j -= 1
                cand[i] = j if j >= 0 and lines[j].strip() else i
            continue
        if s.startswith('|'):
            # table body row: skip header (followed by separator) and separator rows
            if SEP.match(s):
                continue
            if i + 1 < n and SEP.match(lines[i + 1].strip()):
                continue
            cand[i] = i
            continue
        if s.startswith('**') and l.startswith('**'):
            cand[i] = i
    return cand


def main():
    rng = random.Random(7171)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = analyse(lines)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            st = cand[k]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cand)} candidate lines, {len(set(cand.values()))} entries, drew {len(held)}', file=sys.stderr)
        for st in held:
            out.append({'list': name, 'line': st + 1, 'text': lines[st]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
