"""Sample 20 candidate entry lines per list with random.Random(10261).

Candidates: list items (bullets / numbered), table body rows, lines starting with
bold (after any leading emoji/symbols, e.g. "🗂️🤖 **Title.**"), headings only when a
list writes papers as headings (none of these three do). Fenced code and HTML
comments are skipped. One generator, lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
# leading emoji / symbols (no letters, digits, '*', '[', '|', '#', '<') before bold
BOLD_RE = re.compile(r'^\s*[^\w\s*\[|#<>`(]*\s*\*\*\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append((i, 'table_row'))
            continue  # header row
        in_table = False
        if LIST_RE.match(line):
            out.append((i, 'list_item'))
        elif BOLD_RE.match(line):
            out.append((i, 'bold_line'))
    return out


def main():
    rng = random.Random(10261)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        pick = rng.sample(cands, min(20, len(cands)))
        print(name, 'candidates:', len(cands))
        for ln, kind in sorted(pick):
            rows.append({'list': name, 'line': ln, 'kind': kind, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
