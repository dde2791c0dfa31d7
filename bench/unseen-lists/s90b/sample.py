"""Sample 20 candidate entry lines per list with random.Random(9021).

Candidates: list items (-, *, +, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and list items that
are only a continuation of the entry above (in the ziqihuangg list the maintainer
writes an entry's badge line or note line as a further `+ ` bullet:
`+ [![Code](...)](...)` or `+   ><i>Note: ...</i>`; these start with `[![` or `>`).
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(9021)

LIST = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+(.*)$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

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
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = LIST.match(line)
        if m:
            body = m.group(1).lstrip()
            if body.startswith('[![') or body.startswith('>'):
                continue  # continuation bullet of the entry above
            out.append(i + 1)
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            prev = lines[i - 1].strip() if i > 0 else ''
            if not prev.startswith('|'):
                continue  # header row
            out.append(i + 1)
            continue
        if line.startswith('**'):
            out.append(i + 1)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
