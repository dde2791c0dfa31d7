"""Sample 20 candidate entries a list with random.Random(13481).

Candidate lines: list items (bullets -,*,+ and numbered N. / N), possibly indented,
including empty items), table body rows (not the header row or the |---| separator),
lines starting with bold (** or __), and paper headings in lists that write papers
as headings (kalyancn4u: '### 🔹 ...' headings). Fenced code and HTML comments are
skipped. In kalyancn4u, the lines that follow a paper heading (author line, quote,
'**Why it matters:**') belong to the heading's entry and are not separate candidates;
YAML front matter is skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
PAPER_HEADINGS = {'kalyancn4u__kalyancn4u.github.io.README.md'}


def candidates(fname):
    lines = open(os.path.join(HERE, fname), encoding='utf-8').read().split('\n')
    out = []
    in_fence = in_comment = in_front = False
    in_heading_entry = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if i == 1 and s == '---':
            in_front = True
            continue
        if in_front:
            if s == '---':
                in_front = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if fname in PAPER_HEADINGS:
            if s.startswith('### '):
                out.append(i)
                in_heading_entry = True
                continue
            if in_heading_entry:
                if s == '' or s.startswith('#') or s == '---':
                    in_heading_entry = False
                else:
                    continue
        if s.startswith('|'):
            if re.fullmatch(r'\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?', s):
                prev_table = True
                continue
            if not prev_table:  # header row
                prev_table = True
                continue
            out.append(i)
            continue
        prev_table = False
        if LIST_RE.match(ln) or s.startswith('**') or s.startswith('__'):
            out.append(i)
    return lines, out


def main():
    rng = random.Random(13481)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for fname in FILES:
            lines, cands = candidates(fname)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(fname, len(cands), 'candidates,', len(picked), 'sampled')
            for ln in picked:
                f.write(json.dumps({'list': fname, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
