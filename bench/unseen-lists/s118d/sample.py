"""Sample candidate entry lines from each list README (s118d).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks and HTML comments. One random.Random(11841) generator,
lists in sorted file-name order, 20 a list (all if fewer). Writes sample.jsonl.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*\S')
TABLE_RE = re.compile(r'^\s*\|.*\|\s*$')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
FENCE_RE = re.compile(r'^ {0,3}(`{3,}|~{3,})(.*)$')


def candidates(lines):
    out = []
    in_fence = None
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        if in_fence:
            m = FENCE_RE.match(line)
            if m and m.group(1)[0] == in_fence[0] and len(m.group(1)) >= len(in_fence) and not m.group(2).strip():
                in_fence = None
            continue
        m = FENCE_RE.match(line)
        if m and not (m.group(1)[0] == '`' and '`' in m.group(2)):
            in_fence = m.group(1)
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if line.lstrip().startswith('<!--'):
            if '-->' not in line:
                in_comment = True
            continue
        if TABLE_RE.match(line):
            # skip header row (followed by separator) and separator rows
            if SEP_RE.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(nxt) and not prev_table:
                prev_table = True
                continue
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(11841)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
