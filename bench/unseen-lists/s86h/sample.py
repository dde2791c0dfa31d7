"""Sample 20 candidate entries a list with random.Random(8681), lists in sorted file-name order.

Candidates: list items (bullets, numbered), Markdown table body rows (rows after the
header/separator), HTML <tr> rows inside <tbody> (the entry runs to </tr>), lines starting
with bold. Fenced code and HTML comment blocks are skipped. No list here writes papers as headings.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8681)

def candidates(lines):
    out = []
    in_fence = in_comment = in_tbody = False
    prev_table = False  # previous line was part of a markdown table (header or separator seen)
    table_body = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('<!--') and s.endswith('-->') and s.count('<!--') == 1 and s.index('-->') == len(s) - 3:
            continue
        # HTML tables
        if '<tbody' in s:
            in_tbody = True
        if '</tbody' in s:
            in_tbody = False
        if in_tbody and s.startswith('<tr'):
            out.append(i)
            continue
        # Markdown tables
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s.replace(' ', '')) or re.fullmatch(r'[\s|:\-]+', s):
                table_body = True
                continue
            if table_body:
                out.append(i)
            continue
        else:
            table_body = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            out.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i)
            continue
    return out

def entry_end(lines, i):
    """HTML <tr> entries run to </tr>; others are one line."""
    if lines[i].strip().startswith('<tr'):
        j = i
        while j < len(lines) and '</tr>' not in lines[j]:
            j += 1
        return min(j, len(lines) - 1)
    return i

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for i in pick:
            j = entry_end(lines, i)
            f.write(json.dumps({'list': name, 'line': i + 1, 'raw': '\n'.join(lines[i:j + 1])}, ensure_ascii=False) + '\n')
