"""Sample 20 candidate entry lines per list for s116b.

Candidates: list items (-, *, + bullets and numbered items, any indent), table body rows
(not the header row nor the |---| separator), lines starting with bold (** or __).
No list here writes papers as headings, so headings are not candidates.
Skipped: fenced code blocks, HTML comments (also multi-line ones), and the last line of a
partial fetch when the fetch cut it mid-line (the file does not end with a newline).
One generator, random.Random(11621), lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    partial_tail = not text.endswith('\n')
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
            if '-->' not in s:
                in_comment = True
            continue
        if partial_tail and i == len(lines) - 1:
            continue
        if not s:
            continue
        ok = False
        if BULLET.match(line):
            ok = True
        elif s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(s):
                ok = False
            elif nxt.startswith('|') and SEP.match(nxt):
                ok = False  # header row
            else:
                ok = True
        elif s.startswith('**') or s.startswith('__'):
            ok = True
        if ok:
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(11621)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for p in files:
            name = os.path.basename(p)
            cands = candidates(p)
            k = min(20, len(cands))
            picked = sorted(rng.sample(cands, k))
            print(name, 'candidates', len(cands), 'sampled', k)
            for ln, line in picked:
                f.write(json.dumps({'list': name, 'line': ln, 'text': line}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
