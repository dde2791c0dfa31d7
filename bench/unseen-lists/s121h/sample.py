"""Sample 20 candidate entry lines per list with random.Random(12181).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
skipping fenced code and HTML comments. List-specific adjustments (judgement calls):
- abhshkdz__papers: the indented '    - Authors, Venue, Year' sub-bullets are the second line
  of the entry above, not entries of their own, so they are not candidates.
- Jo-wang__Daily-Paper-Reading writes every paper as a bare paragraph line
  ('[Title](notes-link)' or ':question: [Title]()'), not as a list item; the paragraph's
  first line is a candidate when it holds a Markdown link (the legend lines have none).
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(12181)

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_blank_or_heading = True
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_blank_or_heading = True
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
        is_cand = False
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', line):
            is_cand = True
            if name.startswith('abhshkdz__') and re.match(r'^\s{2,}[-*+]\s', line):
                is_cand = False
        elif re.match(r'^\s*\|', line) and not re.match(r'^\s*\|?\s*:?-{3,}', line):
            # table row; header rows excluded below
            is_cand = True
        elif s.startswith('**'):
            is_cand = True
        elif (name.startswith('Jo-wang__') and s and not s.startswith('#')
              and prev_blank_or_heading and '](' in s):
            is_cand = True
        if is_cand:
            out.append(i)
        prev_blank_or_heading = (s == '' or s.startswith('#'))
    # drop table header rows (row followed by a separator row)
    res = []
    for i in out:
        if re.match(r'^\s*\|', lines[i-1]) and i < len(lines) and re.match(r'^\s*\|?\s*:?-{3,}', lines[i]):
            continue
        res.append(i)
    return res

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cands = candidates(f, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'picked', k)
        for ln in picked:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln-1]}, ensure_ascii=False) + '\n')
