"""Sample 20 candidate entry lines a list with random.Random(8781), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings in lists that write papers as headings (HKUST-LongGroup: the '### N. (...)' headings).
Skipped: fenced code, HTML comments, table header/separator rows, and field lines that belong to
an entry already counted (WildCoHub's '- 📜 Paper: / 💻 Code: / 🤗 Dataset: / 📚 Project: / 🏆 LeaderBoard:'
detail bullets; HKUST's '**Date**' / '**Affiliation**' lines under a paper heading).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FIELD = re.compile(r'^\s*[-*+]\s+(📜|💻|🤗|📚|🏆)\s')
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
HEADINGS_AS_PAPERS = {'HKUST-LongGroup__Awesome-MLLM-Benchmarks.README.md'}

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_paper_heading = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```'):
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
        if s.startswith('#'):
            in_paper_heading = False
            if name in HEADINGS_AS_PAPERS and re.match(r'^###\s', s):
                out.append(i)
                in_paper_heading = True
            prev_table = False
            continue
        if TABLE.match(line):
            # first row of a table block is the header; separator rows skipped
            if prev_table and not SEP.match(s.lstrip('|').strip()) and not re.match(r'^\|?[\s:|-]+\|?$', s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if FIELD.match(line):
            continue
        if BULLET.match(line):
            out.append(i)
            continue
        if s.startswith('**') and not in_paper_heading:
            out.append(i)
    return out

rng = random.Random(8781)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
    name = os.path.basename(path)
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, 'candidates', len(cands), 'sampled', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
