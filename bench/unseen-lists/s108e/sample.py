"""Sample up to 20 candidate entries per list with random.Random(10851).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold
(headings are not candidates: none of these lists writes papers as headings).
Fenced code and HTML comments are skipped.
Nested field-label bullets written under a paper item (CrawlScript: `+ __Paper:__ ...`,
`+ __Method:__ ...`, `+ __Experiment:__ ...`) are continuation lines of that paper's
entry, not separate candidates; the entry's raw spans the item line and them.
A list with 20 candidates or fewer is taken whole (no draw from the generator).
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
DETAIL = re.compile(r'^\s*[-*+]\s+_{1,2}[A-Za-z]')   # `+ __Paper:__`, `+ _Code:_`
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_code = in_comment = False
    table_rows_seen = 0
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            table_rows_seen += 1
            # header row is followed by the separator row; body rows come after it
            if TABLE_SEP.match(s):
                continue
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1].strip()):
                continue  # header row
            out.append(i)
            continue
        m = ITEM.match(l)
        if m:
            if DETAIL.match(l) and len(m.group(1)) > 0:
                continue  # detail bullet of the paper item above
            out.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

def extent(lines, i):
    """Lines of the entry starting at index i."""
    l = lines[i]
    if l.strip().startswith('|'):
        return [l]
    m = ITEM.match(l)
    ind = len(m.group(1)) if m else 0
    raw = [l]
    j = i + 1
    while j < len(lines):
        n = lines[j]
        if not n.strip():
            break
        nm = ITEM.match(n)
        nind = len(n) - len(n.lstrip())
        if nm and nind <= ind:
            break
        if nm and not DETAIL.match(n):
            break
        if not nm and nind <= ind:
            break
        raw.append(n)
        j += 1
    return raw

def main():
    rng = random.Random(10851)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            cand = candidates(lines)
            pick = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
            print(f, 'candidates', len(cand), 'picked', len(pick))
            for i in pick:
                fo.write(json.dumps({'list': f, 'line': i + 1,
                                     'raw': '\n'.join(extent(lines, i))},
                                    ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
