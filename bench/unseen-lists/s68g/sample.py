#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6871), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, nested too), table body rows (not header or
separator rows), lines starting with bold (** or __), and paper-title headings (none of the
three lists writes papers as headings).  Fenced code and HTML comments are skipped.
A bullet's entry runs from the bullet line over the following non-blank lines that are not
themselves list items or headings (lazy continuation lines, <details> abstract blocks);
a candidate line that falls inside such a span (e.g. a bold line right under a bullet) maps
to the bullet's first line.  Each list's candidates are shuffled and walked until 20
distinct entries are held.  Output: sample.jsonl (list, line, raw) in the folder.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 6871

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')
TABLE = re.compile(r'^\s*\|.*\|\s*$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')


def analyse(lines):
    n = len(lines)
    skip = [False] * n
    infence = incomment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if infence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                infence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = infence = True
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
    owner = list(range(n))          # entry start of each line
    end = {}
    i = 0
    while i < n:
        if not skip[i] and BULLET.match(lines[i]):
            j = i
            while j + 1 < n and lines[j + 1].strip() and not skip[j + 1] \
                    and not BULLET.match(lines[j + 1]) and not HEADING.match(lines[j + 1]):
                j += 1
                owner[j] = i
            end[i] = j
            i = j + 1
        else:
            i += 1
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        if BULLET.match(l):
            cands.append(i)
        elif TABLE.match(l) and not SEP.match(l):
            if not (i + 1 < n and SEP.match(lines[i + 1])):
                cands.append(i)
        elif BOLD.match(l):
            cands.append(i)
    return cands, owner, end


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, owner, end = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = owner[c]
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(lines)} lines, {len(cands)} candidate lines, '
              f'{len(set(owner[c] for c in cands))} entries, drew {len(held)}', file=sys.stderr)
        for s in sorted(held):
            e = end.get(s, s)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
