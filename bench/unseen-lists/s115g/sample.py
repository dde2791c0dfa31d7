"""Sample 20 candidate entry lines a list with random.Random(11571), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
ROW = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment, prev_row = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            comment = True
            continue
        if ROW.match(line):
            # table body rows: not the header row (followed by separator) and not the separator itself
            nxt = lines[i] if i < len(lines) else ''
            if not SEP.match(line) and not SEP.match(nxt):
                out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(11571)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for f in files:
            cand = candidates(os.path.join(HERE, f))
            pick = sorted(rng.sample(cand, min(20, len(cand))))
            lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            print(f, len(cand), 'candidates')
            for n in pick:
                fh.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
