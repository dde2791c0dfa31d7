"""Sample 20 candidate entry lines per list with random.Random(11151).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(not the header row, not the |---| separator), lines starting with bold (**).
Skipped: fenced code blocks, HTML comments, and indented list items that merely
continue a paper entry above them (an indented bullet whose parent bullet starts
with a link to an http(s) URL, e.g. the authors sub-bullet in Hardy-Uint).
No list here writes papers as headings, so headings are not candidates.
One generator, lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    parents = []  # stack of (indent, is_paper_link_bullet)
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
        m = BULLET.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            while parents and parents[-1][0] >= indent:
                parents.pop()
            body = line[m.end(2):].strip()
            is_link = bool(re.match(r'^\[[^\]]+\]\(https?://', body))
            if parents and parents[-1][1]:
                parents.append((indent, False))
                continue  # continuation (authors etc.) of the paper entry above
            parents.append((indent, is_link))
            out.append(i)
            continue
        if s and not line.startswith((' ', '\t')):
            parents = []
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
            continue
        if s.startswith('**') and line.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(11151)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = rng.sample(cands, min(20, len(cands)))
        print(name, 'candidates', len(cands))
        for i in sorted(pick):
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
