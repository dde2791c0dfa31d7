"""Sample 20 entries a list for s114g (random.Random(11471), one generator, lists in sorted file-name order).

Candidate lines: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold (after optional indentation); fenced code and HTML comments skipped.
Papers-as-headings do not occur in these three lists, so headings are not candidates.
Continuation lines of one multi-line entry are folded into the entry's first line before sampling
(dogvane list: a bold English title line, then an optional bold Chinese translation line, a blank line,
and `- Paper:` / `- Code:` / `- Homepage:` ... bullets form ONE entry, started at the title line),
so every entry is one candidate and is sampled at most once.
"""
import json, re, random, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
rng = random.Random(11471)

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*\*\*')
LINKBULLET = re.compile(r'^\s*-\s*(Paper|Code|Homepage|Home|Demo|Code link)\b', re.I)


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```'):
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
        if TABLE.match(l):
            # first row of a table is its header; the separator row is not a body row
            is_header = not prev_table
            prev_table = True
            if is_header or SEP.match(l.replace('|', '', 1) if l.strip().startswith('|') else l) or set(s) <= set('|-: '):
                continue
            out.append(i)
            continue
        prev_table = False
        if BULLET.match(l) or BOLD.match(l):
            out.append(i)
    return out


def entry_starts(fn, lines, cands):
    """Map every candidate line to the first line of its entry; return sorted unique starts."""
    starts = []
    for i in cands:
        start = i
        if fn.startswith('dogvane__'):
            l = lines[i]
            # translation line: a bold line directly after a bold English title line
            if BOLD.match(l) and i > 0 and BOLD.match(lines[i - 1]):
                start = i - 1
            elif LINKBULLET.match(l):
                # walk up over bullets / blank lines to the bold title line, if any
                j = i - 1
                while j >= 0 and (LINKBULLET.match(lines[j]) or lines[j].strip() == ''):
                    j -= 1
                if j >= 0 and BOLD.match(lines[j]):
                    start = j - 1 if (j > 0 and BOLD.match(lines[j - 1])) else j
                else:
                    # untitled entry (bullets only): starts at its first link bullet
                    k = i
                    while k - 1 >= 0 and LINKBULLET.match(lines[k - 1]):
                        k -= 1
                    start = k
        if start not in starts:
            starts.append(start)
    return sorted(starts)


def entry_end(fn, lines, start):
    """Last line index of the entry that starts at `start` (inclusive)."""
    if fn.startswith('dogvane__') and (BOLD.match(lines[start]) or LINKBULLET.match(lines[start])):
        j = start + 1
        last = start
        while j < len(lines):
            l = lines[j]
            if BOLD.match(l) and j == start + 1:
                last = j
            elif LINKBULLET.match(l):
                last = j
            elif l.strip() == '':
                pass
            else:
                break
            j += 1
        return last
    return start


rows = []
for fn in files:
    text = open(os.path.join(HERE, fn), encoding='utf-8').read()
    lines = text.split('\n')
    starts = entry_starts(fn, lines, candidates(lines))
    k = min(20, len(starts))
    picked = sorted(rng.sample(starts, k))
    for s in picked:
        e = entry_end(fn, lines, s)
        rows.append({'list': fn, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1]), 'n_candidates': len(starts)})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'sampled')
