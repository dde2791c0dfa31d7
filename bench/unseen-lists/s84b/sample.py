"""Sample 20 candidate entry lines per list with one random.Random(8421), lists in sorted file-name order.

Candidates: list items (bullets / numbered, any indent), table body rows (not the header row or the
---|--- separator), lines starting with bold. Fenced code blocks and HTML comments are skipped.
A partial file (cut at a read_file page boundary) loses its last line if that line has no newline:
it is an artifact of the cut, not an entry. Writes sample.jsonl (list, line, text).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')


def candidates(text):
    lines = text.split('\n')
    if not text.endswith('\n'):
        lines = lines[:-1]          # drop the cut-off last line
    elif lines and lines[-1] == '':
        lines = lines[:-1]
    out = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP_RE.match(nxt):
                continue            # header row
            out.append((i + 1, ln))
            continue
        if LIST_RE.match(ln) or BOLD_RE.match(ln):
            out.append((i + 1, ln))
    return out


def main():
    rng = random.Random(8421)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        cands = candidates(text)
        pick = rng.sample(cands, min(20, len(cands)))
        pick.sort()
        print(f, 'candidates:', len(cands), 'sampled:', len(pick))
        for line, ln in pick:
            rows.append({'list': f, 'line': line, 'text': ln})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
