"""Sample 20 candidate entry lines per list with random.Random(3905) (a fresh generator per list,
lists taken in sorted file-name order). Candidates: list items (bullets, numbered), table body rows
(not the header row nor the |---| separator), and lines starting with bold; lines inside fenced code
or HTML comments are skipped. Writes sample.jsonl next to this file."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, in_fence, in_comment = [], False, False
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
        if s.startswith('|'):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(s) or SEP.match(nxt):
                continue  # separator or header row
            out.append(i + 1)
        elif LIST_ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        cand = candidates(lines)
        picked = sorted(random.Random(3905).sample(cand, 20))
        print(name, 'candidates', len(cand))
        for n in picked:
            rows.append({'list': name, 'line': n, 'raw': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
