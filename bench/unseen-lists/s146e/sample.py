"""Sample 20 candidate entry lines per list with random.Random(13821).

Candidates: list items (bullets, numbered), table body rows (not the header
row or the |---| separator), lines starting with bold (**...**); no list here
writes papers as headings. Skipped: fenced code blocks, HTML comments, the
cut last line of a partial file (no final newline), and indented sub-bullets
that continue a paper entry (the author / keyword / ExpEnv lines under a
`- [Title](http...)` item in steve-zeyu-zhang's list): they belong to the
entry that starts on the parent line, which is the candidate.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13821)

LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')


def candidates(text):
    lines = text.split('\n')
    partial = not text.endswith('\n')
    if not partial:
        lines = lines[:-1]  # the empty string after the final newline
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    parent = None  # (indent, line text) of the last list item at lower indent
    last_items = []  # stack of (indent, text)
    n = len(lines)
    for i, line in enumerate(lines, 1):
        if partial and i == n:
            break
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            is_sep = re.fullmatch(r'\|?[\s:|-]+\|?', s) is not None
            if not prev_table:
                prev_table = True  # header row
                continue
            prev_table = True
            if is_sep:
                continue
            out.append(i)
            continue
        prev_table = False
        m = LIST_RE.match(line)
        if m:
            ind = len(m.group(1).replace('\t', '    '))
            while last_items and last_items[-1][0] >= ind:
                last_items.pop()
            par = last_items[-1][1] if last_items else None
            last_items.append((ind, line))
            if ind > 0 and par is not None and re.match(r'\s*[-*+]\s+\[[^\]]+\]\(https?://', par):
                continue  # continuation of a paper entry
            out.append(i)
            continue
        if s == '':
            pass
        elif not line.startswith(' '):
            last_items = []
        if line.startswith('**'):
            out.append(i)
    return out


with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in FILES:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        cands = candidates(text)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        lines = text.split('\n')
        print(f, 'candidates', len(cands), 'sampled', k)
        for ln in picked:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
