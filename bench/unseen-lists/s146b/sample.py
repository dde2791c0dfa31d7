"""Sample 20 candidate entry lines per list with random.Random(13791).

Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold, and -- for the list that writes papers
as headings (Wzh10032__Awesome-Agent) -- the paper headings (### ...).
Fenced code and HTML comments are skipped.

List-specific continuation rules (lines that are part of an entry started above,
hence not entry starts themselves):
  * wenbihan__...: the nested "   * Title (Venue), Authors" sub-bullets belong to
    the top-level " * ABBR [[Web]] [[Code]] [[PDF]]" item above them.
  * Wzh10032__...: the **Authors** / **Published** / **Abstract** bold lines belong
    to the paper heading above them.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
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
        nxt = lines[i + 1] if i + 1 < len(lines) else ''
        if s.startswith('|'):
            if SEP_RE.match(s.lstrip('|').strip()) or re.match(r'^\|[\s:|-]+\|?\s*$', s):
                continue  # separator row
            if re.match(r'^\s*\|[\s:|-]+\|?\s*$', nxt) and '---' in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line):
            if name.startswith('wenbihan__') and re.match(r'^\s{3,}\*\s', line):
                continue  # nested detail line of the item above
            out.append(i + 1)
            continue
        if s.startswith('**'):
            if name.startswith('Wzh10032__'):
                continue  # metadata line of the paper heading above
            out.append(i + 1)
            continue
        if name.startswith('Wzh10032__') and line.startswith('### '):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(13791)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(f, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(f, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
