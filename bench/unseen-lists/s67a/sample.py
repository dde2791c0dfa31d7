#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6711), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold
(Markdown ** / __ or an HTML <b>, also when wrapped in <font>/<a> tags), and paper-title
headings; fenced code and HTML comments are skipped.  A candidate inside an HTML <p>...</p>
block maps to the block's <p> line (the block is one entry); a continuation line of a
multi-line bullet maps to the bullet's first line.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|.*\|\s*$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(?:\*\*|__|(?:<(?:font|a)\b[^>]*>\s*)*<b>)', re.I)


def analyse(lines):
    """Return (candidates, entry_start, entry_end) with 0-based indices."""
    n = len(lines)
    skip = [False] * n
    infence = False
    incomment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if infence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                infence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            infence = True
            continue
        if incomment:
            skip[i] = True
            if '-->' in s:
                incomment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                incomment = True
    # HTML <p> blocks
    pblock = [None] * n
    i = 0
    while i < n:
        if not skip[i] and lines[i].strip().lower() == '<p>':
            j = i
            while j < n and lines[j].strip().lower() != '</p>':
                j += 1
            for k in range(i, min(j, n - 1) + 1):
                pblock[k] = (i, min(j, n - 1))
            i = j + 1
        else:
            i += 1
    cands = []
    start = {}
    end = {}
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        if pblock[i] is not None:
            if '<b>' in l.lower() and BOLD.match(l):
                cands.append(i)
                start[i], end[i] = pblock[i]
            continue
        is_c = False
        if BULLET.match(l):
            is_c = True
        elif TABLE.match(l) and not SEP.match(l):
            # header row = a table row directly followed by a separator row
            if i + 1 < n and SEP.match(lines[i + 1]):
                is_c = False
            else:
                is_c = True
        elif BOLD.match(l):
            is_c = True
        if is_c:
            cands.append(i)
            start[i] = i
            # a bullet's continuation lines: following indented non-bullet, non-blank lines
            j = i
            if BULLET.match(l):
                while j + 1 < n and lines[j + 1].strip() and not BULLET.match(lines[j + 1]) \
                        and lines[j + 1].startswith((' ', '\t')) and not skip[j + 1]:
                    j += 1
            end[i] = j
    return cands, start, end


def main():
    rng = random.Random(6711)
    out = []
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start, end = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = start[c]
            if s not in [h[0] for h in held]:
                held.append((s, end[c]))
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(start[c] for c in cands))} entries, drew {len(held)}', file=sys.stderr)
        for s, e in sorted(held):
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
