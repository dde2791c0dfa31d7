"""Sample up to 20 candidate entry lines a list with random.Random(13161).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
headings only when a list writes papers as headings (none of these three does), and --
judgement call for daicoolb, whose papers are bare paragraph lines -- paragraph lines
that begin (after indentation < 4 spaces) with a Markdown link.
Fenced code, indented code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13161)
BULLET = re.compile(r'^\s*(?:[*+-]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
LINKLINE = re.compile(r'^ {0,3}\[[^\]]+\]\([^)]+\)')

def candidates(lines):
    out, fence, comment, prev_blank, in_table = [], None, False, True, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if '-->' in line: comment = False
            prev_blank = False; continue
        if fence:
            if s.startswith(fence): fence = None
            continue
        m = re.match(r'^\s*(```|~~~)', line)
        if m: fence = m.group(1); continue
        if s.startswith('<!--') and '-->' not in s: comment = True; continue
        if s.startswith('<!--'): continue
        if not s:
            prev_blank = True; in_table = False; continue
        if line.startswith('    ') and prev_blank and not BULLET.match(line):
            continue  # indented code block
        if s.startswith('|'):
            if TABLE_SEP.match(s): in_table = True
            elif in_table: out.append(i)
            prev_blank = False; continue
        if BULLET.match(line) or BOLD.match(line) or LINKLINE.match(line):
            out.append(i)
        prev_blank = False
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    c = candidates(lines)
    pick = sorted(rng.sample(c, min(20, len(c))))
    print(name, 'candidates', len(c), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
