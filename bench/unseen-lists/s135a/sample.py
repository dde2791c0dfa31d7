"""Sample 20 candidate entry lines per list with random.Random(13131).

Candidates: list items (bullets / numbered), table body rows (not header, not
separator), lines starting with bold. Fenced code and HTML comments skipped.
No list here writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(13131)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            text = open(os.path.join(HERE, f), encoding='utf-8').read()
            lines = text.split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            print(f, 'candidates', len(cand))
            for i in pick:
                fo.write(json.dumps({'list': f, 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
