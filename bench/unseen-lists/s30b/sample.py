"""Sample 20 candidate entry lines per list with random.Random(3021).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(| rows that are neither the header row nor the |---| separator), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped.
One Random(3021) drives all lists, taken in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment = [], False, False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
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
        if ITEM.match(l) or s.startswith('**'):
            out.append(i + 1)
        elif s.startswith('|') and not SEP.match(s):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if not SEP.match(nxt):  # header row sits right above the separator
                out.append(i + 1)
    return out, lines


def main():
    rng = random.Random(3021)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        cands, lines = candidates(path)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        name = os.path.basename(path)
        result[name] = {'candidates': len(cands),
                        'lines': [[n, lines[n - 1]] for n in pick]}
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    for name, r in result.items():
        print(name, r['candidates'])
        for n, l in r['lines']:
            print(f'  {n}: {l[:200]}')


if __name__ == '__main__':
    main()
