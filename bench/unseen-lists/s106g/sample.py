"""Sample 20 candidate entries per list with random.Random(10671).

Candidates: list items (bullets / numbered), table body rows (rows after a
`---|---` separator, with or without outer pipes), lines starting with bold.
Skipped: fenced code, HTML comments, and nested list items that continue the
previous list item (an indented sub-bullet with no link and no bold, e.g. the
`  - B. Zhao et al. *IEEE Access.*` author/venue lines of the NILM list).
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    prev_list_indent = None
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
        if SEP_RE.match(line):
            in_table = True
            continue
        if in_table:
            if s and '|' in s:
                out.append(i)
                continue
            in_table = False
        if not s:
            continue
        if s.startswith('#'):
            prev_list_indent = None
            continue
        m = LIST_RE.match(line)
        if m:
            indent = len(m.group(1))
            if (prev_list_indent is not None and indent > prev_list_indent
                    and '](' not in line and '**' not in line):
                continue  # continuation line of the previous entry
            prev_list_indent = indent
            out.append(i)
            continue
        if s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out


def main():
    rng = random.Random(10671)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for name in files:
            with open(os.path.join(HERE, name), encoding='utf-8') as g:
                lines = g.read().split('\n')
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, 'candidates', len(cands), 'picked', len(picked))
            for ln in picked:
                f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
