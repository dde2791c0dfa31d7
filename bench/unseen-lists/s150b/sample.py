"""Sample 20 candidate entry lines per list with random.Random(14071)."""
import json, random, re, pathlib

HERE = pathlib.Path(__file__).resolve().parent
FILES = sorted(p.name for p in HERE.glob('*.README.md'))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*\*\*\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(line):
            # body rows only: skip header (first row) and separator
            if prev_table and not TABLE_SEP.match(s.replace('|', '', 1) if s.startswith('|') else s):
                if not re.match(r'^\|?[\s:|-]+$', s):
                    out.append(i)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            # a thematic break such as '***' or '* * *' is not an item
            if re.match(r'^\s*([-*_]\s*){3,}$', line):
                continue
            out.append(i)
    return out


def main():
    rng = random.Random(14071)
    rows = []
    for name in FILES:
        lines = (HERE / name).read_text(encoding='utf-8').split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, len(lines), 'lines', len(cand), 'candidates')
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(HERE / 'sample.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
