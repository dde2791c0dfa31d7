"""Sample candidate entry lines for labelling (s146c). Writes sample.jsonl."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    fence = None
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        m = re.match(r'^\s*(```+|~~~+)', line)
        if m:
            if not in_fence:
                in_fence, fence = True, m.group(1)[:3]
            elif s.startswith(fence):
                in_fence = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
            continue
        if s.startswith('|') and not SEP_RE.match(s):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13801)
    rows = []
    for f in FILES:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        if len(cands) <= 20:
            pick = list(cands)
        else:
            pick = rng.sample(cands, 20)
        for ln in sorted(pick):
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1], 'candidates': len(cands)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'sampled')


if __name__ == '__main__':
    main()
