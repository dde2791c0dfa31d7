"""Sample 20 candidate entry lines a list with random.Random(10331), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
(judgement call for WenjieDu__Awesome_Imputation, whose entries are plain paragraphs) the first line
of a paragraph (after a blank line or a heading) that starts with a link or a `[Venue]` prefix (`[ICLR] **Title**`, `[TSDB](...)`),
excluding `[[paper](...)]`-style continuation lines. Fenced code, HTML comments and YAML front
matter are skipped.
"""
import json, random, re, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(10331)
LIST = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*\*\*')
PARA = re.compile(r'^\[(?!\[)')

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_front = lines and lines[0].strip() == '---'
    prev_blank = True
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_front:
            if i > 0 and s == '---':
                in_front = False
            prev_blank = True
            continue
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
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        is_c = False
        if LIST.match(ln) or BOLD.match(ln):
            is_c = True
        elif TABLE.match(ln):
            # body rows only: not the header (next line is a separator) and not the separator
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if not SEP.match(ln) and not SEP.match(nxt):
                is_c = True
        elif prev_blank and PARA.match(ln):
            is_c = True
        if is_c:
            cands.append(i + 1)
        prev_blank = (s == '') or s.startswith('#')  # a heading line also ends the previous paragraph
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(fn, len(cands), 'candidates,', k, 'sampled')
    for ln in picked:
        out.append({'list': fn, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
