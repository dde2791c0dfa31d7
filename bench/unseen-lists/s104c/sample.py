"""Sample 20 candidate entry lines per list with random.Random(10431).

Candidates: list items (bullets / numbered) that START an entry, table body rows,
lines starting with bold, and headings where the list writes papers as headings
(Paper2Chinese: the '####' headings).  Skipped: fenced code, HTML comments, and
nested detail bullets that continue a parent entry (Paper2Chinese '- Link：' /
'- Code：' under a paper heading; HuggingArxiv '    - [翻译: ...]' under a paper
bullet) -- those lines are part of the parent entry's raw, as in the dev set's
km1994 labels.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
PAPER_HEADING_LISTS = {'Paper2Chinese__CVPR-2026-reading-papers-with-code.README.md': '#### '}


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # tables: a row after a header+separator is a body row
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        hp = PAPER_HEADING_LISTS.get(name)
        if hp and line.startswith(hp):
            out.append(i)
            continue
        m = BULLET.match(line)
        if m:
            indent = len(m.group(1))
            if name.startswith('Paper2Chinese') and re.match(r'^- (Link|Code)：', line):
                continue  # detail of a heading entry
            if name.startswith('HuggingAGI') and indent >= 2 and '[翻译:' in line:
                continue  # translation line of the parent entry
            out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(10431)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for name in files:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
