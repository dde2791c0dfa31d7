"""Sample 20 candidate entry lines per list with random.Random(2306).

Candidates: list items (-, *, + bullets and numbered items, any indent),
table body rows (not the header row or the |---| separator), and lines
starting with bold (** or __). Lines inside fenced code blocks (``` / ~~~)
and inside HTML comments are skipped. One Random(2306) is shared and the
lists are visited in sorted file-name order.
"""
import glob, os, random, re, json

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')

def candidates(path):
    lines = open(path, encoding='utf-8', newline='').read().replace('\r\n', '\n').split('\n')
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('|'):
            # header row = first row of a table block; separator skipped
            if not prev_table:
                prev_table = True
                continue
            prev_table = True
            if SEP_RE.match(s):
                continue
            out.append(n)
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith('**') or s.startswith('__'):
            out.append(n)
    return out

def main():
    rng = random.Random(2306)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        c = candidates(path)
        pick = sorted(rng.sample(c, 20))
        result[os.path.basename(path)] = {'candidates': len(c), 'sample': pick}
    print(json.dumps(result, indent=1))

if __name__ == '__main__':
    main()
