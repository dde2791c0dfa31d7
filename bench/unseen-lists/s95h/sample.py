"""Sample 20 candidate entries per list with random.Random(9581) (one generator, lists in sorted order).

Candidates: list items (bullets / numbered), markdown table body rows (not the header row, not the
separator row), lines starting with bold, and HTML table body rows (<tr> inside <tbody>, the entry
spans <tr> .. </tr>). Fenced code and HTML comments are skipped. No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_tbody = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('<tbody'):
            in_tbody = True
        if s.startswith('</tbody'):
            in_tbody = False
        if in_tbody and s == '<tr>':
            out.append(i)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
    return out

def main():
    rng = random.Random(9581)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for path in files:
            lines = open(path, encoding='utf-8', newline='').read().split('\n')
            cands = candidates(lines)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            print(os.path.basename(path), len(cands), 'candidates')
            for i in pick:
                f.write(json.dumps({'list': os.path.basename(path), 'line': i + 1, 'text': lines[i]}, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
