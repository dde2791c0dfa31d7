"""Sample 20 candidate entry lines per list with random.Random(3608).

Candidates: list items (bullets -,*,+ and numbered, any indent), table body rows
(rows after a |---| separator line, until a line without '|'), lines starting with
bold (** or __).  Fenced code blocks and HTML comments are skipped.
Usage: python3 sample.py  (writes samples.json next to this file)
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out, fence, comment, in_table = [], False, False, False
    for i, raw in enumerate(lines, 1):
        line = raw.rstrip('\r\n')
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            in_table = False
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if SEP.match(line) and '-' in line and ('|' in line):
            in_table = True
            continue
        if in_table:
            if '|' in line and s:
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cand = candidates(lines)
        rng = random.Random(3608)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = {'n_candidates': len(cand), 'lines': pick}
        print(name, len(cand), pick)
    with open(os.path.join(HERE, 'samples.json'), 'w') as f:
        json.dump(result, f, indent=1)


if __name__ == '__main__':
    main()
