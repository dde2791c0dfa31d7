"""Sample 20 candidate entry lines per list with random.Random(14231).

Candidates: list items (-, *, + bullets; numbered items), table body rows,
lines starting with bold, and paper headings in lists that write papers as
headings (darinz: '### N. "Title"').  Fenced code and HTML comments are skipped.
Field bullets that belong to a paper heading entry (the '- **Authors**: ...'
lines right under a '### N. "..."' heading, up to the next blank line) are part
of that entry, not separate candidates.  A last line cut by the two-page limit
(only in the partial list HKBU-LAGAS, which ends mid-entry) is left out;
darinz is complete but simply has no final newline, so its last line stays.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]\s+|\d+[.)]\s+)')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')
PARTIAL = {'HKBU-LAGAS__Awesome-Item-ID-Gen-RecSys.README.md'}
PAPER_HEADING_RE = re.compile(r'^#{1,6}\s+\d+\.\s+"')

def candidates(path):
    text = open(path, encoding='utf-8', newline='').read()
    lines = text.split('\n')
    cut_last = os.path.basename(path) in PARTIAL and not text.endswith('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    papers_as_headings = sum(bool(PAPER_HEADING_RE.match(l)) for l in lines) >= 5
    out = []
    in_fence = in_comment = in_paper_heading = False
    prev_table = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if cut_last and i == len(lines):
            break
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_paper_heading = False
            prev_table = False
            continue
        if s.startswith('#'):
            in_paper_heading = False
            if papers_as_headings and PAPER_HEADING_RE.match(l):
                out.append(i)
                in_paper_heading = True
            continue
        if in_paper_heading:
            continue
        if TABLE_RE.match(l):
            if SEP_RE.match(l):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            else:
                prev_table = True  # header row
            continue
        if LIST_RE.match(l) or s.startswith('**'):
            out.append(i)
    return lines, out

def main():
    rng = random.Random(14231)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines, cands = candidates(path)
        pick = sorted(cands) if len(cands) <= 20 else sorted(rng.sample(cands, 20))
        print(name, 'candidates', len(cands), 'picked', len(pick))
        for n in pick:
            rows.append({'list': name, 'line': n, 'text': lines[n - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
