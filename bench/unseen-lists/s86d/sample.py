"""Sample candidate entry lines from the saved READMEs (s86d).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(not header / separator rows), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. One random.Random(8641),
lists in sorted file-name order, 20 per list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i)
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i)
    return out

def main():
    rng = random.Random(8641)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        pick = rng.sample(cands, min(20, len(cands)))
        print(name, 'candidates', len(cands), 'picked', len(pick))
        for i in sorted(pick):
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
