"""Sample 20 candidate entries per list with random.Random(12411).

Candidates: list items (bullets / numbered), markdown table body rows, HTML table
body rows (a <tr> whose row has <td> cells; the entry runs to </tr>), and lines
starting with bold.  Fenced code blocks and HTML comments are skipped.  No list
here writes papers as headings, so headings are not candidates.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12411)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
PIPE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_pipe_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        # markdown pipe tables
        if PIPE_SEP.match(line) and i > 0 and '|' in lines[i - 1]:
            in_pipe_table = True
            continue
        if in_pipe_table:
            if s.startswith('|') or s.count('|') >= 2:
                out.append(i)
                continue
            in_pipe_table = False
        # HTML table body rows
        if s == '<tr>' or s.startswith('<tr>') or s.startswith('<tr '):
            j = i
            row = []
            while j < len(lines):
                row.append(lines[j])
                if '</tr>' in lines[j]:
                    break
                j += 1
            if any('<td' in r for r in row):
                out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    cand = candidates(lines)
    k = min(20, len(cand))
    picked = sorted(rng.sample(cand, k))
    print(name, 'candidates', len(cand), 'sampled', k)
    for i in picked:
        rows.append({'list': name, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
