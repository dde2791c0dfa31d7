"""Sample 20 entries a list with ONE random.Random(7241), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ or numbered, any indent), table body rows
(a '|' row that is neither a header row nor a separator row), lines starting with bold
(** or __); fenced code and HTML comments are skipped. (None of the three lists writes
papers as headings, so no heading line is a candidate.)

Each drawn line is mapped to the start of the entry it belongs to:
  * a nested bullet that does NOT start with bold belongs to its nearest ancestor bullet
    that does start with bold (e.g. the author / [[Paper]] / [[Code]] sub-bullets under
    "- **Title (VENUE YEAR)**", or the note bullets under "- **Future Sight AI**");
    with no bold ancestor it is an entry of its own;
  * a nested bullet that starts with bold is an entry of its own (a paper listed under a
    repository, e.g. "  - **Learning to Play Othello Without Human Knowledge**").
An entry's raw text runs from its start line to the line before the next entry start,
heading, blank line or non-continuation line.
For each list the candidates are shuffled and walked until 20 distinct entries are held.
Writes sample.json next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+(\S.*)$')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def analyse(lines):
    """Return (candidates, owner) where owner[i] is the 1-based entry start of line i+1."""
    cands, owner = [], {}
    in_fence = in_comment = False
    stack = []  # (indent, lineno, starts_with_bold, entry_start)
    cur = None  # entry start owning lazy continuation lines
    for i, line in enumerate(lines):
        n = i + 1
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            stack, cur = [], None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            cur = None
            continue
        if s.startswith('#'):
            stack, cur = [], None
            continue
        if s.startswith('|'):
            stack, cur = [], None
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue
            cands.append(n)
            owner[n] = n
            continue
        m = BULLET.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            bold = m.group(3).startswith('**') or m.group(3).startswith('__')
            start = n
            if not bold:
                for a in reversed(stack):
                    if a[2]:
                        start = a[3]
                        break
            stack.append((ind, n, bold, start))
            cands.append(n)
            owner[n] = start
            cur = start
            continue
        if s.startswith('**') or s.startswith('__'):
            stack = []
            cands.append(n)
            owner[n] = n
            cur = n
            continue
        # a lazy continuation line (wrapped text) belongs to the current entry
        if cur is not None and line.startswith(' '):
            owner[n] = cur
        else:
            stack, cur = [], None
    return cands, owner


def entry_raw(lines, owner, start):
    nums = sorted(k for k, v in owner.items() if v == start)
    # keep the contiguous run from start
    run = [start]
    for k in nums:
        if k == run[-1] + 1:
            run.append(k)
    return run, '\n'.join(lines[k - 1] for k in run)


def main():
    rng = random.Random(7241)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    result = {}
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands, owner = analyse(lines)
        order = cands[:]
        rng.shuffle(order)
        starts, drawn = [], []
        for n in order:
            if len(starts) >= 20:
                break
            drawn.append(n)
            st = owner[n]
            if st not in starts:
                starts.append(st)
        entries = []
        for st in sorted(starts):
            run, raw = entry_raw(lines, owner, st)
            entries.append({'line': st, 'raw': raw})
        n_entries = len(set(owner[c] for c in cands))
        result[f] = {'candidates': len(cands), 'entries_total': n_entries,
                     'drawn_lines': drawn, 'entries': entries}
        print(f, 'candidates', len(cands), 'entries', n_entries, 'drawn', len(drawn))
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
