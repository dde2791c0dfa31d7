"""Sample 20 candidate entry lines a list with random.Random(12461) (one generator,
lists in sorted file-name order) and write sample.jsonl.

Candidate lines: list items (bullets / numbered), table body rows (not the header row or
the |---| separator), lines starting with bold; headings only when a list writes papers as
headings (none of these three does). Fenced code and HTML comments are skipped.
Indented sub-bullets that are field lines of the entry above them (`  - Authors: ...`,
`  - arXiv: ...` in ArkhamImp) are part of that entry, not entries of their own.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
FIELD_SUB = re.compile(r'^\s+[-*+]\s+[A-Za-z][\w ]*:\s')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table_header = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', s):
                continue  # separator row
            if re.match(r'^\|?\s*:?-{3,}', nxt):
                continue  # header row (followed by separator)
            out.append(i)
            continue
        m = BULLET.match(line)
        if m:
            if m.group(1) and FIELD_SUB.match(line):
                continue  # field line of the entry above
            out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(12461)
    rows = []
    for f in FILES:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'sampled', k)
        for ln in picked:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
