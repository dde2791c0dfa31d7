"""Sample 20 candidate entry lines per list with random.Random(13011).
Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and (for VarnithChordia, which writes papers as headings) headings; fenced code and
HTML comments are skipped. In VarnithChordia the nested bullet lines under a paper
heading are part of that heading's entry, so they are not separate candidates.
"""
import json, random, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
HEADING_LISTS = {'VarnithChordia__visual-generation-evaluation-survey.README.md'}
PARTIAL_LAST_CUT = {'Shawn-CodeDev__Awesome-Consistency-Diffusion-Visual-Generation.README.md'}
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    heading_entry = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
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
        if name in PARTIAL_LAST_CUT and i == n - 1:
            continue
        is_heading = bool(re.match(r'^#{1,6}\s', line))
        if name in HEADING_LISTS:
            if is_heading:
                out.append(i + 1)
                heading_entry = bool(re.match(r'^###\s', line))
                continue
            if s == '---':
                heading_entry = False
                continue
            if heading_entry:
                continue  # nested bullets belong to the heading's entry
        if LIST_RE.match(line):
            out.append(i + 1)
        elif s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

rng = random.Random(13011)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for name in FILES:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
