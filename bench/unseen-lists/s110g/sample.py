"""Sample 20 candidate entry lines per list with one random.Random(11071), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')
PAPER_HEADING = {  # lists that write papers as headings: heading pattern
    'aiot-cau__urp-summer-2025.README.md': re.compile(r'^#{2,6}\s+\d+\.\s'),
}

def candidates(name, lines):
    out = []
    in_code = False
    in_comment = False
    in_heading_entry = False
    hp = PAPER_HEADING.get(name)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if hp and hp.match(line):
            out.append(i + 1)
            in_heading_entry = True
            continue
        if s == '' or line.startswith('#'):
            in_heading_entry = False
        if in_heading_entry:
            continue  # field bullets of a paper written as a heading belong to that entry
        if line.lstrip().startswith('|'):
            if SEP_RE.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '|' in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or line.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(11071)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        c = candidates(name, lines)
        pick = sorted(rng.sample(c, 20)) if len(c) > 20 else c
        print(name, 'candidates', len(c), 'sampled', len(pick))
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
