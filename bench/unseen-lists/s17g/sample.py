"""Sample 20 candidate lines a list with random.Random(1707).
Candidates: list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments skipped."""
import random, re, glob, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
def candidates(lines):
    out = []; fence = False; comment = False; prev_table = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence; prev_table = False; continue
        if fence: continue
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('|'):
            # table body row: after the separator row
            if SEP.match(s) and set(s) <= set('|:- \t'):
                prev_table = 'body'; continue
            if prev_table == 'body':
                out.append(i)
            else:
                prev_table = 'head'
            continue
        prev_table = False
        if BULLET.match(l) or BOLD.match(l):
            out.append(i)
    return out
if __name__ == '__main__':
    rng = random.Random(1707)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(json.dumps({'list': os.path.basename(path), 'candidates': len(c), 'lines': pick}))
