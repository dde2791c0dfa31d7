"""Sample 20 candidate entry lines per list with random.Random(1404).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not header or
separator rows), and lines starting with bold (**). Fenced code and HTML comments skipped.
"""
import random, re, sys, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [l.split('\t')[0].replace('/', '__') + '.README.md'
         for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8')
         if l.strip() and not l.startswith('#')]

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        is_table = s.startswith('|')
        if is_table:
            # header row = table row not preceded by a table row; separator = only |:- spaces
            if re.fullmatch(r'[|:\-\s]+', s):
                pass
            elif prev_table:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(1404)
    res = {}
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        res[name] = pick
        print(name, 'candidates', len(c), 'sampled', pick, file=sys.stderr)
        for ln in pick:
            print(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False))
    return res

if __name__ == '__main__':
    main()
