"""Sample 20 candidate entries a list for s97d (random.Random(9741), one generator,
lists in sorted file-name order). Candidates: Markdown list items (bullets, numbered),
Markdown table body rows, lines starting with bold; fenced code and HTML comments skipped.
No list here writes papers as headings, so headings are not candidates. Raw HTML tables
(<table>/<tr>/<td> lines) are not Markdown list items or table rows and are not candidates."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s{0,12}([-*+]|\d{1,3}[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

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
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(9741)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
