"""Sample 20 candidate entry lines per list with random.Random(9241); writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')

def candidates(lines, name):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # inside a table body (after separator row)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue  # header row (before separator) is not a candidate
        prev_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(9241)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
            lines = text.split('\n')
            cand = candidates(lines, f)
            # flyingby is a partial fetch: its last line is cut mid-row, so drop it
            if not text.endswith('\n') and cand and cand[-1] == len(lines):
                cand = cand[:-1]
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            print(f, 'candidates', len(cand))
            for n in pick:
                fo.write(json.dumps({'list': f, 'line': n, 'raw': lines[n - 1]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
