"""Sample 20 candidate entry lines per list with random.Random(9221).

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold (including a line that starts with a bold link, `[**Title**](url)`, which
renders as a bold line: judgement call for the EgoAlpha list), and headings only
when a list writes papers as headings (none of these three does).
Skipped: fenced code blocks and HTML comments.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__|\[\*\*)')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


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
        if TABLE_RE.match(line):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9221)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        print(f, len(cands), 'candidates')
        for ln in pick:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
