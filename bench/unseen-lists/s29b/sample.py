"""Sample 20 candidate entry lines per list with random.Random(2902).

Candidates: list items (bullets -,*,+ or numbered 1. / 1)), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if '-->' in line:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r'^\s*(```|~~~)', line)
        if m:
            fence = m.group(1)
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2902)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        cands = candidates(path)
        pick = sorted(rng.sample(cands, 20))
        result[name] = {'candidates': len(cands), 'lines': pick}
        print(name, len(cands), pick)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
