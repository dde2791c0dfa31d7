"""Sample 20 candidate entries a list with random.Random(14081), lists in sorted file-name order."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(14081)
out = []

def candidates(name, lines):
    cands = []
    in_fence = in_comment = False
    papers_as_headings = name.startswith('RenshengJi__')
    last = len(lines)
    cut_last = not lines_text[name].endswith('\n')
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; continue
        if in_fence: continue
        if in_comment:
            if '-->' in l: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if cut_last and i == last:
            continue  # partial file: the cut last line is not an entry
        if papers_as_headings:
            # papers are written as '### N. [Venue 'Year] Title' headings; the
            # '**Authors**:' lines are continuation lines of those entries
            if re.match(r'#{2,6}\s+\d+\.', s):
                cands.append(i)
            continue
        if re.match(r'([-*+]|\d+[.)])\s', s):
            cands.append(i)
        elif s.startswith('|'):
            # table body rows: skip header rows (followed by a separator) and separators
            if re.fullmatch(r'\|[\s:|-]*', s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.fullmatch(r'\|[\s:|-]*-[\s:|-]*', nxt):
                continue
            cands.append(i)
        elif s.startswith('**') or s.startswith('__'):
            cands.append(i)
    return cands

lines_text = {}
for name in files:
    text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
    lines_text[name] = text
    lines = text.split('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    c = candidates(name, lines)
    pick = sorted(rng.sample(c, min(20, len(c))))
    print(name, 'candidates', len(c), 'picked', len(pick))
    for ln in pick:
        out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
