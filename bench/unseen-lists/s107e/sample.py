"""Sample 20 candidate entries a list for s107e (random.Random(10751), one generator,
lists in sorted file-name order). Candidates are entry starts:
  - list items (bullets `- * +` followed by space, numbered `N.` / `N)`), except attribute
    sub-lines that belong to the entry above them (shizhl `- task:` / `- Dataset:` lines
    directly under a numbered paper; bullets under an alg-bug paper heading);
  - table body rows (not the header row or the delimiter row);
  - lines starting with bold (`**`);
  - headings, in alg-bug-engineer only (it writes papers as `###` headings), when the heading
    is a paper (a heading directly followed by a `- **作者**` line).
Fenced code blocks and HTML comments are skipped.
An entry's raw runs from its start line to the line before the next blank line, next candidate
start, next heading or next code fence (table rows and one-line items are one line)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]\s|\d+[.)])')
TABLE_DELIM = re.compile(r'^\s*\|?\s*:?-{2,}')


def lines_of(name):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
        return f.read().split('\n')


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    paper_heading_open = False   # inside an alg-bug paper heading block
    numbered_open = False        # inside a shizhl numbered paper block
    for i, line in enumerate(lines):
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
            paper_heading_open = False
            numbered_open = False
            if name.startswith('alg-bug') and s.startswith('### ') and i + 1 < len(lines) \
                    and lines[i + 1].startswith('- **作者**'):
                out.append(i)
                paper_heading_open = True
            continue
        if s == '':
            numbered_open = False
            # alg-bug paper blocks end at the blank line too
            paper_heading_open = False
            continue
        if s.startswith('|'):
            if TABLE_DELIM.match(s):
                continue
            # header row: the next line is a delimiter row
            if i + 1 < len(lines) and TABLE_DELIM.match(lines[i + 1].strip()):
                continue
            out.append(i)
            continue
        if BULLET.match(line):
            if paper_heading_open:
                continue
            if numbered_open and re.match(r'^-\s*(task|Dataset)\s*:', s, re.I):
                continue
            out.append(i)
            numbered_open = bool(re.match(r'^\d+\.', s)) and name.startswith('shizhl')
            continue
        if s.startswith('**'):
            out.append(i)
            continue
    return out


def entry_end(lines, start, starts):
    s = lines[start].strip()
    if s.startswith('|'):
        return start
    j = start + 1
    while j < len(lines):
        t = lines[j].strip()
        if t == '' or j in starts or t.startswith('#') or t.startswith('```'):
            break
        j += 1
    return j - 1


def main():
    rng = random.Random(10751)
    names = sorted(n for n in os.listdir(HERE) if n.endswith('.README.md'))
    rows = []
    for name in names:
        lines = lines_of(name)
        cands = candidates(name, lines)
        starts = set(cands)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, 'candidates', len(cands), 'picked', k)
        for i in picked:
            end = entry_end(lines, i, starts)
            rows.append({'list': name, 'line': i + 1, 'raw': '\n'.join(lines[i:end + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
