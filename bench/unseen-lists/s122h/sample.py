"""Sample 20 candidate entry lines a list with random.Random(12281).

Candidates: list items (bullets / numbered), table body rows, lines starting
with bold, headings when the list writes papers as headings (none of these
three lists does), and -- a judgement call for this round -- plain paragraph
lines that start a paragraph, because one list
(Evolutionary-Intelligence__DistributedEvolutionaryComputation) writes every
entry as a bare paragraph citation, and without this rule it would have almost
no candidates. Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12281)
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_blank = True
    prev_table = False
    for i, line in enumerate(lines, start=1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_blank = False
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
        if not s:
            prev_blank = True
            prev_table = False
            continue
        is_cand = False
        if LIST_RE.match(line):
            is_cand = True
        elif s.startswith('|'):
            if prev_table and not TABLE_SEP.match(s):
                is_cand = True  # body row (header row comes before the separator)
            prev_table = True
        elif s.startswith('**') or s.startswith('__'):
            is_cand = True
        elif s.startswith('#') or s.startswith('>') or line.startswith('    '):
            pass
        elif prev_blank:
            is_cand = True  # paragraph entry (judgement call, see docstring)
        if is_cand:
            out.append(i)
        prev_blank = False
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
