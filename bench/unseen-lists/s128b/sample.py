"""Sample 20 candidate entry lines per list with random.Random(12711).

Candidates: list items (bullets, numbered), table body rows, and lines starting
with bold (optionally after leading emoji, as in koayon's `🧑‍🍳 🌟 **Title...**`).
Fenced code and HTML comments are skipped. No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def starts_bold(line):
    s = line.lstrip()
    # drop leading emoji / symbols (non-ASCII) and spaces
    i = 0
    while i < len(s) and (ord(s[i]) > 127 or s[i] == ' '):
        i += 1
    return s[i:].startswith('**') or s[i:].startswith('__')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        st = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if st.startswith('```') or st.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if st.startswith('<!--'):
            if '-->' not in st:
                in_comment = True
            continue
        if st.startswith('|'):
            if SEP_RE.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif LIST_RE.match(line) or starts_bold(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12711)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
