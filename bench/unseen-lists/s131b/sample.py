"""Sample 20 candidate entry lines per list with random.Random(12921).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold, and -- where the list writes its
papers as paragraphs rather than as list items -- the first line of each paper
paragraph:
  * ThreeSR: papers are paragraphs opened by a U+1F539 (small blue diamond)
    line, followed by field sub-bullets (arXiv link, Authors, Date, Publisher,
    Abstract) and a <details> abstract.  The field sub-bullets are parts of the
    entry, not entries, so they are not candidates; the diamond line is.
  * usuyama: the "Full Bibliography." section holds one citation paragraph
    per paper (several lines each); each paragraph's first line is a candidate.
Fenced code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*\*\*\S')
DIAMOND = '\U0001F539'


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_bib = False
    in_diamond_entry = False
    prev_blank = True
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_blank = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_blank = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_blank = False
            continue
        if s.startswith('#'):
            in_bib = name.startswith('usuyama') and 'Full Bibliography' in s
            in_diamond_entry = False
            prev_blank = True
            continue
        cand = False
        if name.startswith('ThreeSR') and s.startswith(DIAMOND):
            cand = True
            in_diamond_entry = True
        elif in_bib and s and prev_blank:
            cand = True
        elif LIST_RE.match(line):
            cand = not (name.startswith('ThreeSR') and in_diamond_entry)
        elif s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(s):
                cand = False
            elif nxt.strip().startswith('|') and SEP_RE.match(nxt.strip()):
                cand = False  # header row
            else:
                cand = True
        elif BOLD_RE.match(line):
            cand = True
        if cand:
            out.append(i + 1)
        prev_blank = (s == '')
    return out


def main():
    rng = random.Random(12921)
    rows = []
    for f in FILES:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        c = candidates(f, lines)
        k = min(20, len(c))
        picked = sorted(rng.sample(c, k))
        print(f, 'candidates', len(c), 'sampled', k)
        for ln in picked:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
