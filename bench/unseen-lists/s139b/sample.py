"""Sample 20 candidate entry lines a list with random.Random(13301).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, headings only when a list writes papers as headings (none of these
three does). Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TROW = re.compile(r'^\s*\|')
TSEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if TROW.match(line):
            if TSEP.match(line.replace('|', ' |', 1)) or re.match(r'^\s*\|[\s:|-]+\|?\s*$', line):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if re.match(r'^\s*\|[\s:|-]+\|?\s*$', nxt):
                continue  # header row
            out.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            m = re.match(r'^(\s*)(\d+)[.)]\s', line)
            prev = lines[i - 2] if i >= 2 else ''
            if m and m.group(2) != '1' and m.group(1) and prev.strip():
                # CommonMark: an ordered item not numbered 1 cannot interrupt a
                # paragraph; an indented "2012. Available: ..." under a citation
                # is paragraph continuation text, not a list item.
                continue
            out.append(i)
    return out


rng = random.Random(13301)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cand = candidates(lines)
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(name, 'candidates', len(cand), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
