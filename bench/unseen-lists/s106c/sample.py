"""Sample 20 candidate entries a list with random.Random(10631) -> sample.jsonl.

Candidate lines: list items (bullets, numbered), table body rows, lines starting
with bold; headings are not candidates (none of these lists writes papers as
headings). Fenced code and HTML comments are skipped.
A list item nested under a preceding list item (more indented, no blank-line or
heading break between them) is a continuation of its parent entry (e.g. the
abbreviation / [code] sub-bullets in ivoryRabbit), not a candidate of its own.
A paragraph line directly after a candidate that is not itself a list item /
heading / blank is a continuation too (wnzhang line 44).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_item_indent = None  # indent of the last list item in the current block
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not s or s.startswith('#'):
            prev_item_indent = None
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if prev_item_indent is not None and indent > prev_item_indent:
                continue  # nested continuation of the parent entry
            prev_item_indent = indent
            out.append(i + 1)
            continue
        if s.startswith('|') and not re.match(r'^\|?\s*:?-{2,}', s):
            out.append(i + 1)
            continue
        if s.startswith('**'):
            out.append(i + 1)
            prev_item_indent = None
            continue
    # drop table header rows (row directly followed by a separator row)
    res = []
    for n in out:
        nxt = lines[n] if n < len(lines) else ''
        if lines[n - 1].strip().startswith('|') and re.match(r'^\s*\|?\s*:?-{2,}', nxt):
            continue
        res.append(n)
    return res


def main():
    rng = random.Random(10631)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            cand = candidates(lines)
            pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
            print(f, 'candidates', len(cand), 'picked', len(pick))
            for n in pick:
                fo.write(json.dumps({'list': f, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
