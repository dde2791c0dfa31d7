"""Sample 20 candidate entry lines per list with random.Random(9961).

Candidates: list items (bullets -,*,+ and numbered), table body rows, lines
starting with bold. Fenced code and HTML comments are skipped. No list in this
folder writes papers as headings, so headings are not candidates.
Writes sample.jsonl (list, line, text) in list order then line order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # tables: a header row followed by a separator row starts a table
        if '|' in s and i + 1 < len(lines) and SEP.match(lines[i + 1]) and not SEP.match(ln):
            in_table = True
            continue
        if in_table:
            if SEP.match(ln):
                continue
            if '|' in s and s:
                out.append(i)
                continue
            in_table = False
        if BULLET.match(ln) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(9961)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, N)) if len(cand) > N else cand
        print(f, 'candidates', len(cand), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
