"""Sample candidate entry lines from the three READMEs (s94a).

Candidates: list items (bullets / numbered), table body rows, lines starting with bold.
Skipped: fenced code blocks, HTML comments.
Indented (nested) list items are detail lines of their parent entry (e.g. the
`  - Key: ...` lines in opendilab/awesome-RLVR), so they are candidates only when they are
table-of-contents links (`](#`).
One random.Random(9411), lists in sorted file-name order, 20 a list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        m = LIST_RE.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent >= 2 and '](#' not in line:
                continue
            out.append(i + 1)
            continue
        if s.startswith('|'):
            # table body row: not the separator and not the header (line before separator)
            if re.match(r'^\|?\s*:?-{3,}', s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', nxt):
                continue
            out.append(i + 1)
            continue
        if s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(9411)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(os.path.basename(f), 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': os.path.basename(f), 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
