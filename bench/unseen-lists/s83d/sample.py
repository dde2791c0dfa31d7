"""Sample 20 candidate entries a list with random.Random(8341) (one generator, lists in sorted file-name order).

Candidate lines: list items (bullets, numbered), table body rows (not the header row and not the
delimiter row), lines starting with bold, and headings only when a list writes papers as headings
(none of these three does). Fenced code and HTML comments are skipped.
Judgement calls:
  * withinmiaov: the reference entries `<a id="N">[N]</a> Title [[Venue]](link) date` are numbered
    references (the list's only paper entries) and are taken as numbered items; the `[[N]](#N).`
    pointer lines under the headings are cross-references, not entries, and are not candidates.
  * AdamG012: pandoc tables whose GFM header row is empty; the `| Paper | Year | ...` row is thus a
    body row and stays a candidate (it is labelled a non-paper if drawn).
  * Collab-Gen: the file is the first two read_file pages (32,000 of 48,479 characters); its last,
    cut-off line `| 2020 | [Efficie` is not a candidate.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

item_re = re.compile(r'^\s{0,3}([-*+]|\d+[.)])\s+\S')
bold_re = re.compile(r'^\s*(\*\*|__)\S')
ref_re = re.compile(r'^<a id="\d+">\[\d+\]</a>\s')
delim_re = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if in_comment:
            if '-->' in l:
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
        if s.startswith('|'):
            nxt = lines[i].strip() if i < len(lines) else ''
            if not in_table:
                # header row: followed by the delimiter row
                if delim_re.match(nxt):
                    in_table = True
                continue
            if delim_re.match(s):
                continue
            if name.startswith('Collab-Gen') and i == len(lines) and not s.endswith('|'):
                continue  # cut-off last line of the two-page extract
            out.append(i)
            continue
        in_table = False
        if item_re.match(l) or bold_re.match(l):
            out.append(i)
        elif name.startswith('withinmiaov') and ref_re.match(l):
            out.append(i)
    return out


rng = random.Random(8341)
rows = []
for f in FILES:
    text = open(os.path.join(HERE, f), encoding='utf-8').read()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    cand = candidates(f, lines)
    pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
    print(f, 'candidates', len(cand), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
