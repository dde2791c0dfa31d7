"""Sample 20 candidate lines a list with random.Random(1704) (one generator, lists in sorted file-name order).
Candidates: list items (bullets, numbered), table body rows (rows after a |---| separator row,
separator-only rows themselves skipped), and lines starting with bold.
Fenced code blocks and HTML comments (<!-- ... -->, also multi-line) are skipped."""
import random, re, glob, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []; fence = False; comment = False; table = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; table = False; continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s) and set(s) <= set('|:- \t'):
                table = 'body'; continue
            if table == 'body':
                out.append(i)
            else:
                table = 'head'
            continue
        table = False
        if BULLET.match(l) or BOLD.match(l):
            out.append(i)
    return out

if __name__ == '__main__':
    rng = random.Random(1704)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(json.dumps({'list': os.path.basename(path), 'candidates': len(c), 'lines': pick}))
