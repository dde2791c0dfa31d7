"""Sample 20 candidate entries per list with random.Random(9421) (one generator,
lists in sorted file-name order). Writes sample.jsonl.

Candidate lines: list items (bullets, numbered), table body rows (not the header
row or the |---| separator), lines starting with bold, and, where the list writes
papers as headings (Nolanyu99: `### Name — date`), those headings.  Judgement
call: Winn1y writes each paper as a plain paragraph line that starts with an arXiv
badge link (`[![arXiv](...)](https://arxiv.org/abs/ID) Title (tags)  【...】`);
these lines are the list's paper entries, so lines starting with `[![` count as
candidates there too.  Bullets that sit under a paper heading (Nolanyu99) belong
to that heading's entry and are not separate candidates.  Fenced code and HTML
comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
PAPER_HEADINGS = {'Nolanyu99__awesome-humanoid-motion-generation.README.md': re.compile(r'^###\s')}
BADGE_LINES = {'Winn1y__Awesome-Human-Motion-Video-Generation.README.md'}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    under_paper_heading = False
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
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        # tables
        if s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table = True  # separator row: body follows
                continue
            if in_table:
                out.append(i)
            continue
        else:
            in_table = False
        if re.match(r'^#{1,6}\s', line):
            ph = PAPER_HEADINGS.get(name)
            under_paper_heading = bool(ph and ph.match(line))
            if under_paper_heading:
                out.append(i)
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            if not under_paper_heading:
                out.append(i)
            continue
        if line.startswith('**'):
            out.append(i)
            continue
        if name in BADGE_LINES and line.startswith('[!['):
            out.append(i)
            continue
    return out

rng = random.Random(9421)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for name in files:
        with open(os.path.join(HERE, name), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands), 'picked:', len(picked))
        for ln in picked:
            fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
