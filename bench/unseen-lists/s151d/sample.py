"""Sample 20 candidate entry lines a list with random.Random(14161).

Candidates: list items (bullets -,*,+ or numbered N. / N)), table body rows,
lines starting with bold; fenced code and HTML comments skipped.
Lists are taken in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if comment:
            if '-->' in ln:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if TROW.match(ln):
            # body rows only: skip header row (followed by separator) and separator
            if TSEP.match(ln.replace('|', '', 1)) or re.match(r'^\s*\|[\s:|-]+\|?\s*$', ln):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\s*\|[\s:|-]+\|?\s*$', nxt):
                continue
            out.append(i)
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
    return out

def main():
    rng = random.Random(14161)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            lines = open(path, encoding='utf-8', newline='').read().split('\n')
            cands = candidates(lines)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            name = os.path.basename(path)
            print(name, len(cands), 'candidates')
            for n in pick:
                f.write(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
