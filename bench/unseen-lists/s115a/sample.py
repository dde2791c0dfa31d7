"""Sample 20 candidate entry lines per list with random.Random(11511).

Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets, numbered)
  * table body rows (not the header row, not the |---| separator)
  * lines starting with bold
  * paragraph-start lines: a non-blank line whose previous line is blank or a
    heading (or the file start), that is not itself a heading, setext underline,
    blockquote or HTML line -- these lists write papers as paragraphs
    (AIDB: `**[Tag]** Authors. Title. Venue` and plain citations;
    GFlowNets: `[Title](url)` then an authors/venue line)
  * `<summary>` lines: qdrant writes each entry as <details><summary>...</summary>
The last line of a partial (cut) file is not a candidate.
"""
import json, random, re, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"TsinghuaDatabaseGroup__AIDB.README.md"}

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
SETEXT_RE = re.compile(r'^\s{0,3}(=+|-+)\s*$')
TABLE_SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines, partial):
    out = []
    in_fence = False
    in_comment = False
    n = len(lines)
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
        if not s:
            continue
        if partial and i == n - 1:
            continue
        nxt = lines[i + 1] if i + 1 < n else ''
        prev = lines[i - 1] if i > 0 else ''
        if HEAD_RE.match(line) or SETEXT_RE.match(line):
            continue
        if SETEXT_RE.match(nxt) and nxt.strip().startswith('='):
            continue  # setext heading text ("Table of Contents\n====")
        if LIST_RE.match(line):
            out.append(i); continue
        if s.startswith('|'):
            if TABLE_SEP_RE.match(s):
                continue
            if TABLE_SEP_RE.match(nxt.strip()):
                continue  # header row
            out.append(i); continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i); continue
        if s.startswith('<summary'):
            out.append(i); continue
        if s.startswith('>') or s.startswith('<'):
            continue
        if i == 0 or prev.strip() == '' or HEAD_RE.match(prev):
            out.append(i); continue
    return out


def main():
    rng = random.Random(11511)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        if lines and lines[-1] == '' and text.endswith('\n'):
            lines = lines[:-1]
        cand = candidates(lines, f in PARTIAL)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, 'candidates:', len(cand), file=sys.stderr)
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
