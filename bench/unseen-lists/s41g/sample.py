"""Sample 20 candidate entry lines per list with random.Random(4107).

Candidates: list items (-, *, + bullets and numbered items), table body rows
(not the header row nor the |---| separator), and lines starting with bold
(leading spaces allowed). Fenced code blocks and HTML comments are skipped.
One fresh Random(4107) per list; lists in SOURCES.tsv order.
"""
import os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def lists():
    out = []
    for line in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        repo = line.split('\t')[0]
        out.append(repo.replace('/', '__') + '.README.md')
    return out

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
            is_sep = re.fullmatch(r'\|?[\s:\-|]+\|?', s) is not None
            nxt = lines[i].strip() if i < len(lines) else ''
            is_header = (not prev_table) and re.fullmatch(r'\|?[\s:\-|]+\|?', nxt or 'x') is not None
            prev_table = True
            if not is_sep and not is_header:
                cands.append(i)
            continue
        prev_table = False
        if re.match(r'([-*+]|\d+[.)])\s+\S', s) or s.startswith('**') or s.startswith('__'):
            cands.append(i)
    return lines, cands

def main():
    picked = {}
    for name in lists():
        lines, cands = candidates(os.path.join(HERE, name))
        rng = random.Random(4107)
        sample = sorted(rng.sample(cands, min(20, len(cands))))
        picked[name] = sample
        print(f'{name}: {len(cands)} candidates', file=sys.stderr)
        for n in sample:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False))

if __name__ == '__main__':
    main()
