"""Sample 20 candidate lines per list with random.Random(13061), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, and detail lines that continue an entry whose first
line is a bold (non-list) title line, i.e. the nested `- **作者**: ...` field bullets of a
bold-title entry, up to the next blank line (they belong to that entry, which starts at the
bold title line). No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD_RE = re.compile(r'^\s*\*\*')


def candidates(lines):
    out = []
    in_fence = in_comment = in_bold_entry = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
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
        if not s:
            in_bold_entry = False
            continue
        if in_bold_entry:
            continue
        if BOLD_RE.match(ln) and not LIST_RE.match(ln):
            out.append(i)
            in_bold_entry = True
            continue
        if LIST_RE.match(ln):
            out.append(i)
        elif TABLE_RE.match(ln) and not SEP_RE.match(s):
            out.append(i)
    # drop table header rows (row followed by a separator row)
    res = []
    for i in out:
        if TABLE_RE.match(lines[i - 1]) and i < len(lines) and SEP_RE.match(lines[i].strip()):
            continue
        res.append(i)
    return res


def main():
    rng = random.Random(13061)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
