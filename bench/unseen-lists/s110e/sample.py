"""Sample 20 candidate entry lines a list with random.Random(11051), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
headings for the list that writes papers as headings (daksim). Fenced code and HTML comments are skipped.
Detail lines that belong to an entry are not separate candidates:
  * nested sub-bullets under a paper bullet (authors / URL / `Code:` lines in hzy312 and liwd190019);
    nested bullets that are table-of-contents links (`[x](#anchor)`) are kept, they are entries of the TOC;
  * hzy312 line 48 `* KiYoon Yoo, ...` is written at top level by mistake but is the authors line of the
    entry at line 47 (its URL follows as a sub-bullet), so it is part of that entry, not a candidate;
  * in daksim the `**SubmitDate**`, `**Authors**`, `**Abstracts**` bold lines under a paper heading belong to it.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
HEADING_LISTS = {'daksim__NewAdversarialAttackPaper.README.md'}
EXCLUDE = {('hzy312__Awesome-LLM-Watermark.README.md', 48)}

item_re = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
rng = random.Random(11051)
out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = in_comment = False
    in_paper_heading = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if (fn, i) in EXCLUDE:
            continue
        if re.match(r'^#{1,6}\s', line):
            if fn in HEADING_LISTS and line.startswith('## '):
                cands.append(i)
                in_paper_heading = True
            continue
        m = item_re.match(line)
        if m:
            indent = len(m.group(1).replace('\t', '    '))
            if indent == 0 or re.search(r'\]\(#', line):
                cands.append(i)
            continue
        if s.startswith('|') and not re.match(r'^\|?\s*:?-{2,}', s):
            # table body rows only (header row = row followed by a delimiter row)
            if i < len(lines) and re.match(r'^\s*\|?\s*:?-{2,}', lines[i]):
                continue
            cands.append(i)
            continue
        if s.startswith('**') and not in_paper_heading:
            cands.append(i)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    print(fn, 'candidates', len(cands), 'sampled', k)
    for ln in pick:
        out.append({'list': fn, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
