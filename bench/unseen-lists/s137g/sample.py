"""Sample 20 candidate entries a list with random.Random(13211), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if re.match(r'^(```|~~~)', s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):  # separator row: body rows follow
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(13211)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, N)) if len(cands) > N else cands
        print(name, 'candidates', len(cands), 'picked', len(picked))
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
