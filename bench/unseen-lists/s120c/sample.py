"""Sample up to 20 candidate entry lines per list with random.Random(12031).

Candidates: list items (bullets / numbered), table body rows (not header, not
separator), lines starting with bold.  No list here writes papers as headings,
so headings are not candidates.  Fenced code and HTML comments are skipped.
Writes sample.jsonl (list, line, text) in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, raw in enumerate(lines):
        s = raw
        if re.match(r'^\s*(```|~~~)', s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
                s = s.split('-->', 1)[1]
            else:
                continue
        s = re.sub(r'<!--.*?-->', '', s)
        if '<!--' in s:
            in_comment = True
            s = s.split('<!--', 1)[0]
        if not s.strip():
            continue
        st = s.lstrip()
        if st.startswith('|'):
            if SEP.match(st):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt.strip()):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(s):
            out.append(i + 1)
        elif st.startswith('**') or st.startswith('__'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12031)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            text = open(path, encoding='utf-8', newline='').read()
            lines = text.split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            name = os.path.basename(path)
            print(name, 'candidates', len(cand), 'sampled', len(pick))
            for ln in pick:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
