"""Sample 20 candidate entries per list with random.Random(13561), one generator,
lists in sorted file-name order. Candidates: list items (bullets / numbered), table body
rows, lines starting with bold. Fenced code and HTML comments are skipped.
Writes sample.jsonl (list, line, text of the candidate's first line)."""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i)
            continue
        if LIST_RE.match(ln) or BOLD_RE.match(ln):
            out.append(i)
    return out


def main():
    rng = random.Random(13561)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        if len(cands) <= 20:
            pick = cands
        else:
            pick = sorted(rng.sample(cands, 20))
        print(name, 'candidates', len(cands), 'picked', len(pick))
        for i in pick:
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
