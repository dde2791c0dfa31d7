"""Sample 20 candidate entry lines per list with random.Random(10451).

Candidates: list items (bullets -,*,+ or numbered, at any indent), table body
rows, lines starting with bold; fenced code and HTML comments are skipped.
One generator for all lists, lists in sorted file-name order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table_sep = False
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
        if re.match(r'^([-*+]|\d+[.)])\s+\S', s):
            out.append(i)
        elif s.startswith('|') and not re.match(r'^\|[\s:|-]+\|?$', s):
            # table body row: skip header row (the row just before a separator)
            nxt = lines[i].strip() if i < len(lines) else ''
            if not re.match(r'^\|[\s:|-]+\|?$', nxt):
                out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(10451)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(f, 'candidates', len(cand), 'picked', len(pick))
        for ln in pick:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
