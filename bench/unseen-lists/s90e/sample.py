"""Sample 20 candidate entry lines a list with random.Random(9051) (one generator,
lists in sorted file-name order) and write sample.jsonl.

Candidate lines: list items (bullets, numbered, and `[n] ` reference lines, also
after a leading `>`), table body rows, lines starting with bold.  Skipped: fenced
code, HTML comments, table header/separator rows, and indented sub-bullets whose
parent list item is itself a paper link (`- [Title](http...)` / `- **[X](http...)**`),
since those are the author / Key / ExpEnv / note lines of that entry, which starts
at the parent line."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
REF_RE = re.compile(r'^>?\[\d+\]\s+\S')
PAPER_PARENT_RE = re.compile(r'^\s*[-*+]\s+(\*\*)?\[[^\]]+\]\(https?://')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    stack = []  # (indent, line text) of list items seen
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            is_sep = re.fullmatch(r'\|?[\s:|-]+\|?', s) is not None
            # a body row: a table row after the separator row
            if not is_sep and prev_table and not table_header_pending[0]:
                out.append(i)
            if is_sep:
                table_header_pending[0] = False
            elif not prev_table:
                table_header_pending[0] = True
            prev_table = True
            continue
        prev_table = False
        m = LIST_RE.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            parent = stack[-1][1] if stack else None
            stack.append((ind, line))
            if ind > 0 and parent is not None and PAPER_PARENT_RE.match(parent):
                continue
            out.append(i)
            continue
        if s and not line.startswith((' ', '\t')):
            stack = [] if not s.startswith('>') else stack
        if REF_RE.match(line) or line.startswith('**'):
            out.append(i)
    return out


table_header_pending = [False]

rng = random.Random(9051)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    table_header_pending[0] = False
    cands = candidates(lines)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(picked))
    for ln in picked:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
