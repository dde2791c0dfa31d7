"""Sample 20 candidate entry lines per list with random.Random(1402).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), and lines starting with bold. Fenced code and HTML comments
are skipped. Lists are processed in SOURCES.tsv order with one shared RNG.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [l.split('\t')[0].replace('/', '__') + '.README.md'
         for l in (HERE / 'SOURCES.tsv').read_text().splitlines()
         if l and not l.startswith('#')]

def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            prev_table = False
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
        if s.startswith('|'):
            if re.fullmatch(r'\|?[\s:|-]+\|?', s):      # separator row
                prev_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            is_header = (not prev_table) and re.fullmatch(r'\|?[\s:|-]+\|?', nxt or 'x')
            prev_table = True
            if is_header:
                continue
            out.append(i)
            continue
        prev_table = False
        if re.fullmatch(r'([-*_])(\s*\1){2,}', s):   # thematic break, not bold
            continue
        if re.match(r'\s*([-*+]|\d+[.)])\s+\S', line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(1402)
    rows = []
    for name in LISTS:
        lines = (HERE / name).read_text(encoding='utf-8').split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20))
        print(f'{name}: {len(cands)} candidates', file=sys.stderr)
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
