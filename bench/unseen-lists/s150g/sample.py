"""Sample 20 candidate entry lines per list with random.Random(14121), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s{0,12}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    fence = None
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^\s*(```+|~~~+)', line)
        if m:
            fence = m.group(1)[:3]
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif TABLE.match(line) and not SEP.match(line):
            # table body rows only: need a separator row above somewhere in this block
            j = i - 1
            ok = False
            while j >= 1 and TABLE.match(lines[j - 1]):
                if SEP.match(lines[j - 1]):
                    ok = True
                    break
                j -= 1
            if ok:
                out.append(i)
    return out


def main():
    rng = random.Random(14121)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for name in names:
            with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
                lines = f.read().split('\n')
            if lines and lines[-1] == '':
                lines = lines[:-1]
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
            print(name, 'candidates', len(cand), 'sampled', len(pick))
            for ln in pick:
                fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
