"""Sample candidate entry lines from the saved READMEs (s106b).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. Fenced code blocks and HTML comments are skipped. One generator,
random.Random(10621), lists in sorted file-name order, 20 a list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')
BOLD = re.compile(r'^\s*(\*\*|__)')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')

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
            continue
        if s.startswith('|'):
            # table row: body rows are those after a separator row
            if TSEP.match(s.replace('|', ' ', 1)) or re.fullmatch(r'[|\s:-]+', s):
                prev_table = 'body'
                continue
            if prev_table == 'body':
                out.append(i)
            else:
                prev_table = 'head'
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

def main():
    rng = random.Random(10621)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        k = min(20, len(cand))
        picked = sorted(rng.sample(cand, k))
        print(name, 'candidates', len(cand), 'sampled', k)
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
