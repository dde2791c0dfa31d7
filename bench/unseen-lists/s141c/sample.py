"""Sample 20 candidate entry lines a list with random.Random(13451) (one generator, lists in sorted file-name order).

Candidates: list items (bullets / numbered, any indent, tabs included), table body rows (not header or
separator rows), lines starting with bold. Fenced code blocks and HTML comments are skipped.
None of the three lists writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^[ \t]*([-*+]|\d+[.)])[ \t]+\S')
TABLE = re.compile(r'^[ \t]*\|')
SEP = re.compile(r'^[ \t]*\|?[ \t]*:?-{2,}')
BOLD = re.compile(r'^[ \t]*(\*\*|__)\S')


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif TABLE.match(line) and not SEP.match(line):
            if i < len(lines) and SEP.match(lines[i]):
                continue  # header row
            out.append(i)
    return out


def main():
    rng = random.Random(13451)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            with open(path, encoding='utf-8', newline='') as fh:
                lines = fh.read().split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            name = os.path.basename(path)
            print(name, 'lines', len(lines), 'candidates', len(cand), 'sampled', len(pick))
            for ln in pick:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
