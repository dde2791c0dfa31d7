"""Sample 20 candidate entry lines per list with random.Random(13191).

Candidates: list items (bullets -,*,+ or numbered N. / N)), table body rows,
lines starting with bold (**...). Skipped: fenced code, HTML comments (single-
and multi-line), table header/separator rows, and the cut last line of a
partial file (a file not ending with a newline). No list here writes papers as
headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\*\*')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(text):
    lines = text.split('\n')
    cut_last = not text.endswith('\n')
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        if cut_last and i == len(lines):
            break
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
        if s.startswith('|'):
            nxt = lines[i].strip() if i < len(lines) else ''
            if TSEP.match(s.replace('|', '', 1)) or (not prev_table and TSEP.match(nxt.replace('|', '', 1))):
                prev_table = True
                continue  # header or separator row
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(s):
            out.append(i)
    return out, lines


def main():
    rng = random.Random(13191)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        cands, lines = candidates(text)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands), 'sampled:', len(pick))
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
