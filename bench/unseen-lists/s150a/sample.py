"""Sample 20 candidate entry lines a list with random.Random(14061).

Candidates: list items (bullet or numbered), table body rows (not the header row, not the
separator row), lines starting with bold. Fenced code and HTML comments are skipped. A partial
file's cut last line (no final newline) is left out. Writes sample.jsonl next to this script.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(text):
    lines = text.split('\n')
    cut = not text.endswith('\n')
    if not cut:
        lines = lines[:-1]  # the empty string after the final newline
    n = len(lines) - (1 if cut else 0)
    out, in_fence, in_comment = [], False, False
    for i in range(n):
        s = lines[i]
        st = s.strip()
        if in_comment:
            if '-->' in s:
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
            if SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(s) or st.startswith('**'):
            out.append(i + 1)
    return lines, out


def main():
    rng = random.Random(14061)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for f in files:
            text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
            lines, cand = candidates(text)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            print(f, 'candidates', len(cand), 'sampled', len(pick))
            for ln in pick:
                fh.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
