"""Sample 20 entries a list (all if fewer) with random.Random(9841), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered; any nesting level), table body rows, lines starting
with bold. Fenced code and HTML comments are skipped. A bold line that opens an entry (a paper title
written in bold, followed without a blank line by its detail bullets, as in the zhangjunmengyang list)
is one entry: its raw is the bold line plus the following non-blank lines, and those detail lines are
not candidates of their own. Any other candidate's raw is its own line.
Writes sample.jsonl: {"list", "line", "raw"}.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    skip_until = -1
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
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
        if i <= skip_until:
            continue
        # tables
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append((i + 1, line))
            continue
        else:
            in_table = False
        if line.startswith('**'):
            j = i
            while j + 1 < len(lines) and lines[j + 1].strip() != '':
                j += 1
            out.append((i + 1, '\n'.join(lines[i:j + 1])))
            skip_until = j
            continue
        if LIST_RE.match(line):
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(9841)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = cands if len(cands) <= 20 else rng.sample(cands, 20)
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln, raw in sorted(picked):
            rows.append({'list': name, 'line': ln, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
