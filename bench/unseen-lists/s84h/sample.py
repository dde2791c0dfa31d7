"""Sample 20 candidate entry lines per list with random.Random(8481).

Candidates: list items (bullets -,*,+ and numbered), Markdown table body rows,
lines starting with bold. Fenced code and HTML comments are skipped.
(No list here writes papers as headings, so headings are not candidates.)
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s{0,3}\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line (header or body)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            nxt = lines[i].strip() if i < len(lines) else ''
            is_header = (not prev_table) and bool(SEP.match(nxt))
            if SEP.match(s) or is_header:
                prev_table = True
                continue
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8481)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
