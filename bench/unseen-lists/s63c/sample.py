"""Draw 20 entries a list with ONE random.Random(6331), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
CONT = re.compile(r'^\t\* code:')   # awesomeAVD: nested "code: [repo]" line belongs to the paper bullet above


def candidates(lines):
    out, fence, comment = [], False, False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in l:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(l):
                continue
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue  # header row
            out.append(i)
        elif ITEM.match(l) or BOLD.match(l):
            out.append(i)
    return out


def entry_start(lines, i):
    while CONT.match(lines[i]):
        i -= 1
    return i


def entry_raw(lines, start):
    j = start + 1
    while j < len(lines) and CONT.match(lines[j]):
        j += 1
    return '\n'.join(lines[start:j])


def main():
    rng = random.Random(6331)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    drawn = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        rng.shuffle(cand)
        held = []
        for i in cand:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f, 'candidates', len(cand), 'drawn', len(held))
        for s in held:
            drawn.append({'list': f, 'line': s + 1, 'raw': entry_raw(lines, s)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for d in drawn:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
