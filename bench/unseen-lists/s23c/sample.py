"""Sample 20 candidate entry lines per list with random.Random(2303).

Candidates: list items (bullets -,*,+ and numbered), table body rows (rows
after a |---| separator row; header and separator rows excluded) and lines
starting with bold (**). Lines in fenced code blocks and HTML comments are
skipped (a comment may span lines; text after '-->' on the closing line is
ignored too).

One exclusion, so that an entry is sampled by its first line: an indented
list item that has no Markdown link of its own and sits under a less-indented
list item is a continuation of that entry (the per-paper note bullets of
NishilBalar's list: "     - soon", "     - Decoding strategy"). Such lines
are not candidates; they belong to the raw of their parent entry.
Indented items that carry their own link (nested table-of-contents lines)
stay candidates.

Lists are processed in sorted file-name order with one RNG.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s+)')
LINK = re.compile(r'\]\(')


def candidates(lines):
    out = []
    in_fence = in_comment = in_table = False
    item_indents = []  # indents of list items seen in the current list block
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1))
            parent = any(ind < indent for ind in item_indents)
            item_indents = [ind for ind in item_indents if ind < indent] + [indent]
            if indent > 0 and parent and not LINK.search(line):
                continue  # note bullet under an entry
            out.append(i)
            continue
        if s.startswith('#'):
            item_indents = []
        if s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(2303)
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picks = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for n in picks:
            res.append({'list': name, 'line': n, 'text': lines[n - 1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
