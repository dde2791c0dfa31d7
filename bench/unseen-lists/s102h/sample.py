"""Sample 20 candidate entries per list with one random.Random(10281), lists in sorted file-name order.

Candidate lines: list items (bullets / numbered, any indent), table body rows, lines starting with bold,
headings only when the list writes papers as headings (none of these three does).
Skipped: fenced code and HTML comment blocks (inline <!-- ... --> inside an item is kept as part of the line).

Judgement call: matthewvowels1__Awesome-VAEs writes every paper as a plain paragraph line
("Title.<TAB>Authors<TAB>paper-url<TAB>code-url"), with no bullet, number or bold. There, the candidate
lines are the lines that *start* an entry: non-blank, not a heading, not the intro prose before the first
"## " heading, and not a continuation line (a line starting with http, or a line following a title-only
line that has no URL of its own). This is the analogue of "papers written as headings".

The raw of an entry: its start line plus continuation lines
 - diff-usion: a bold entry continues while the line ends with a backslash (hard break) ;
 - VAEs: following non-blank lines that are continuations (as defined above);
 - LynnHo: one line each.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

item_re = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
url_re = re.compile(r'https?://|file://')


def lines_of(f):
    with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
        return fh.read().split('\n')


def skipped_mask(lines):
    """True for lines inside fenced code or HTML comment blocks."""
    mask = [False] * len(lines)
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            mask[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            mask[i] = True
            in_fence = True
            continue
        if s.startswith('<!--'):
            mask[i] = True
            if '-->' not in l:
                in_comment = True
    return mask


def is_table_body(lines, i):
    s = lines[i].strip()
    if not s.startswith('|'):
        return False
    if re.match(r'^\|?\s*:?-{2,}', s):
        return False
    # body row: a separator row somewhere above in this table block
    j = i - 1
    while j >= 0 and lines[j].strip().startswith('|'):
        if re.match(r'^\|?\s*:?-{2,}', lines[j].strip()):
            return True
        j -= 1
    return False


def vae_is_continuation(lines, i):
    l = lines[i]
    if l.startswith('http'):
        return True
    if i > 0 and lines[i - 1].strip() and not url_re.search(lines[i - 1]) and not lines[i - 1].startswith('#'):
        return True  # previous line is a title-only line
    return False


def candidates(f, lines):
    mask = skipped_mask(lines)
    out = []
    vae = f.startswith('matthewvowels1__')
    first_h2 = next((k for k, l in enumerate(lines) if l.startswith('## ')), 0)
    for i, l in enumerate(lines):
        if mask[i] or not l.strip():
            continue
        if vae:
            if i <= first_h2 or l.startswith('#'):
                continue
            if vae_is_continuation(lines, i):
                continue
            out.append(i)
            continue
        if item_re.match(l) or l.startswith('**') or is_table_body(lines, i):
            out.append(i)
    return out


def raw_of(f, lines, i):
    block = [lines[i]]
    if f.startswith('diff-usion__'):
        j = i
        while lines[j].rstrip().endswith('\\') and j + 1 < len(lines):
            j += 1
            block.append(lines[j])
    elif f.startswith('matthewvowels1__'):
        j = i + 1
        while j < len(lines) and lines[j].strip() and vae_is_continuation(lines, j):
            block.append(lines[j])
            j += 1
    return '\n'.join(block)


def main():
    rng = random.Random(10281)
    rows = []
    for f in FILES:
        lines = lines_of(f)
        cand = candidates(f, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, 'candidates', len(cand), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'raw': raw_of(f, lines, i)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
