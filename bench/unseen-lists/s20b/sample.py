"""Sample 20 candidate entry lines per list with random.Random(2002).

Candidates: list items (bullets -,*,+ or numbered), table body rows (rows after
a |---| separator), and lines starting with bold (** or __). Fenced code blocks
and HTML comments are skipped. Output: sample.json (list -> [line numbers]).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD_RE = re.compile(r'^\s*(\*\*|__)')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
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
        if s.startswith('|'):
            if SEP_RE.match(s) and set(s) <= set('|-: '):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if not s:
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2002)
        pick = sorted(rng.sample(cands, 20))
        result[name] = pick
        print(name, len(cands), pick)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
