"""Sample 20 candidate entry lines per list with random.Random(10951).

Candidates: list items (-, *, +, numbered, and the hand-typed middle-dot bullet "·"),
table body rows (rows of a pipe table after its separator row), lines starting with bold (**),
and paragraph entries starting with a bracketed bold venue prefix "[**" (the shape the ALEX-nlp
list uses for every paper). Fenced code and HTML comments are skipped. The Korean list was cut at
32,000 characters, so its last (truncated) line is not a candidate.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)]|·)\s')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines, truncated):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
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
        if truncated and i == len(lines) - 1:
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i + 1)
            continue
        in_table = False
        if LIST_RE.match(line) or s.startswith('**') or s.startswith('[**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(10951)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        truncated = name.startswith('changukshin__')
        cands = candidates(lines, truncated)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
