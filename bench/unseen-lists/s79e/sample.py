#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs with one random.Random(7951).

Candidate lines: list items (bullets, numbered, any indent), table body rows
(not the header row nor the separator row), lines starting with bold (a
leading :emoji: shortcode such as ":boom:" is allowed before the bold), and
paper-title headings (none of the three lists writes papers as headings).
Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to: an entry is
a start line plus the following indented, non-start lines (blank lines inside
are kept when the next non-blank line is still an indented continuation).
Writes sample.json: [{list, line, raw}] in draw order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*(?::[a-z_]+:)?\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def scan(lines):
    """Return (candidate line indexes, set of structural start indexes, skipped set)."""
    skipped = set()
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            skipped.add(i)
            if s.startswith('```'):
                in_fence = False
            continue
        if s.startswith('```'):
            skipped.add(i)
            in_fence = True
            continue
        if in_comment:
            skipped.add(i)
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skipped.add(i)
            if '-->' not in l[l.index('<!--') + 4:]:
                in_comment = True
            continue
    cands, starts = [], set()
    prev_table = False
    for i, l in enumerate(lines):
        if i in skipped:
            prev_table = False
            continue
        s = l.strip()
        if s.startswith('|'):
            if not prev_table:              # header row of a new table
                starts.add(i)
            elif SEP.match(s):
                starts.add(i)
            else:
                cands.append(i); starts.add(i)
            prev_table = True
            continue
        prev_table = False
        if re.match(r'^\s*#{1,6}\s', l):
            starts.add(i)
            continue
        if ITEM.match(l) or BOLD.match(l):
            cands.append(i); starts.add(i)
    return cands, starts, skipped


def entry_end(lines, i, starts, skipped):
    """Last line index of the entry starting at i."""
    if lines[i].strip().startswith('|'):
        return i
    end = i
    j = i + 1
    while j < len(lines):
        l = lines[j]
        if j in starts or j in skipped:
            break
        if l.strip() == '':
            k = j
            while k < len(lines) and lines[k].strip() == '':
                k += 1
            if (k < len(lines) and k not in starts and k not in skipped
                    and lines[k][:1] in (' ', '\t')):
                j = k
                continue
            break
        if l[:1] not in (' ', '\t'):
            break
        end = j
        j += 1
    return end


def entry_start(i, cands_sorted, lines, starts, skipped):
    """Map a drawn line to the start line of the entry holding it."""
    for c in reversed(cands_sorted):
        if c <= i and entry_end(lines, c, starts, skipped) >= i:
            return c
    return i


def main():
    rng = random.Random(7951)
    out, stats = [], {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands, starts, skipped = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(i, sorted(cands), lines, starts, skipped)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        stats[name] = len(cands)
        for s in held:
            e = entry_end(lines, s, starts, skipped)
            out.append({'list': name, 'line': s + 1,
                        'raw': '\n'.join(lines[s:e + 1])})
    json.dump(out, open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    for k, v in stats.items():
        print(f'{k}\tcandidates={v}')
    print('sampled', len(out))


if __name__ == '__main__':
    main()
