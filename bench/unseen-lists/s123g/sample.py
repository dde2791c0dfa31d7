"""Sample 20 candidate entry lines a list with random.Random(12371), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\S')   # bullets / numbered, also inside blockquotes
BOLD = re.compile(r'^\s*\*\*')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out, fence, comment = [], False, False
    prev_sep = False          # inside a table body
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            prev_sep = False
            continue
        if fence:
            continue
        if s.startswith('<!--') and '-->' not in s:
            comment = True
            continue
        if s.startswith('|'):
            if TSEP.match(s):
                prev_sep = True
                continue
            if prev_sep:
                out.append(i)
            continue
        prev_sep = False
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
    return out


def main():
    rng = random.Random(12371)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
