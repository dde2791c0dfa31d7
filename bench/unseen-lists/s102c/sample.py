"""Sample 20 candidate entry lines per list with random.Random(10231).

Candidates: list items (bullets; numbered lines `N.` / `N)` -- also `591.Title` with no space,
the entry shape of the extreme-assistant list), table body rows (not header, not separator),
lines starting with bold, and headings for lists that write papers as headings
(friedrichor: the `#### **Model**` entries under "MLLMs"; their `**Paper:**`/`**Github:**`...
field lines belong to the heading entry and are not separate candidates).
Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_heading_entry = False
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
        m = re.match(r'^(#{1,6})\s+(.*)$', line)
        if m:
            level = len(m.group(1))
            # papers-as-headings: level-4 headings whose text is bold (friedrichor MLLMs)
            if level == 4 and m.group(2).strip().startswith('**'):
                out.append(i)
                in_heading_entry = True
            else:
                in_heading_entry = False
            continue
        if SEP.match(line) and '-' in line:
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i)
            continue
        if re.match(r'^\s*[-*+]\s+\S', line) or re.match(r'^\s*\d+[.)]\s*\S', line):
            out.append(i)
            continue
        if s.startswith('**') and not in_heading_entry:
            out.append(i)
            continue
    return out


def main():
    rng = random.Random(10231)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'sampled', k)
        for i in picked:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
