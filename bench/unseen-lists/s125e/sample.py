"""Sample 20 candidate entries a list with random.Random(12501) (one generator, lists in sorted file-name order).

Candidate lines:
  * list items (-, *, + bullets or numbered), at any depth, EXCEPT a nested item whose parent list item
    links to a web page (http...): such a nested item is a detail line of its parent entry (authors, code,
    affiliation), not an entry of its own (Alro10 writes each paper as a bullet with sub-bullets);
  * table body rows (a line starting with '|' that is neither the header row, i.e. the row followed by the
    |---| separator, nor the separator itself);
  * lines starting with bold ('**' at column 0, not an indented continuation line of a list item);
  * headings are not candidates: none of the three lists writes papers as headings.
Fenced code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    items = []  # (indent, text) of list items seen since the last heading / non-list block
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
            items = []
            continue
        m = LIST_RE.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            parent = None
            for pind, ptext in reversed(items):
                if pind < indent:
                    parent = ptext
                    break
            items.append((indent, line))
            if indent > 0 and parent is not None and '](http' in parent:
                continue  # detail line of a paper entry
            out.append(i + 1)
            continue
        if s.startswith('|'):
            if SEP_RE.match(s.replace('|', ' |', 1)) and set(s) <= set('|-: '):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and set(nxt) <= set('|-: ') and '-' in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if line.startswith('**'):
            out.append(i + 1)
            continue
    return out


def main():
    rng = random.Random(12501)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            cands = candidates(lines)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            print(f, len(cands), 'candidates')
            for ln in pick:
                fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
