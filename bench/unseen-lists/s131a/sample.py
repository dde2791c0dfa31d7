"""Sample 20 candidate entries per list with random.Random(12911) (one generator,
lists in sorted file-name order). Candidates: list items (bullets/numbered, also inside
a blockquote), markdown table body rows, lines starting with bold, and HTML table body
rows (<tr> ... </tr> inside <tbody>, one candidate a row, raw spanning the row).
Fenced code and HTML comments are skipped."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    out = []  # (start_index, end_index_exclusive)
    in_code = in_comment = in_tbody = False
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
                in_comment = False
            i += 1
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            i += 1
            continue
        if in_code:
            i += 1
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            i += 1
            continue
        if s.startswith('<tbody'):
            in_tbody = True
        if s.startswith('</tbody'):
            in_tbody = False
        if in_tbody and s.startswith('<tr'):
            j = i
            while j < n and '</tr>' not in lines[j]:
                j += 1
            out.append((i, min(j + 1, n)))
            i = min(j + 1, n)
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < n else ''
            if SEP.match(ln) and '-' in ln and set(s.replace('|', '').replace(':', '').replace('-', '').strip()) == set():
                i += 1
                continue  # separator row
            if SEP.match(nxt) and set(nxt.strip().replace('|', '').replace(':', '').replace('-', '').strip()) == set():
                i += 1
                continue  # header row
            out.append((i, i + 1))
            i += 1
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            out.append((i, i + 1))
        i += 1
    return out


def main():
    rng = random.Random(12911)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(lines)
        picked = rng.sample(cands, min(20, len(cands)))
        picked.sort()
        print(name, 'candidates', len(cands))
        for a, b in picked:
            rows.append({'list': name, 'line': a + 1, 'raw': '\n'.join(lines[a:b])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
