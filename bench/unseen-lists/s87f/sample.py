"""Sample 20 candidate entry lines per list with random.Random(8761).

Candidates: Markdown list items (bullets / numbered, also inside a blockquote `> - `),
HTML list items (`<li`), table body rows, and lines starting with bold (`**`, `__`, `<strong>`, `<b>`).
Skipped: fenced code blocks and HTML comments. No list here writes papers as headings.
One generator for all lists, lists in sorted file-name order. Writes sample.jsonl.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+\S')
LI_RE = re.compile(r'^\s*<li\b', re.I)
BOLD_RE = re.compile(r'^\s*(?:\*\*|__|<strong>|<b>)', re.I)
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, in_fence, in_comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r'^\s*(```|~~~)', line):
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
        if TABLE_RE.match(line):
            # header row = first row of a table; separator rows skipped
            if prev_table and not SEP_RE.match(s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_RE.match(line) or LI_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8761)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().splitlines()
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, len(lines), 'lines,', len(cand), 'candidates')
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
