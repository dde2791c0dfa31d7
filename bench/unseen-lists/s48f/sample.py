#!/usr/bin/env python3
"""Sample 20 entries a list for the s48f labelling set.

One random.Random(4861) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the header
row or the separator row), lines starting with bold. None of the three lists
writes papers as headings, so no heading is a candidate. Fenced code blocks and
HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to:
  * a nested "- [Link to paper](...)" style line under a numbered citation
    belongs to that numbered item (cui-shaobo list);
  * an author line written as "* Name, Name.* Venue'Year" (which Markdown
    reads as a bullet) belongs to the bold title line above it
    (chendl02 list);
  * every other candidate starts its own entry.
Drawing goes on until 20 distinct entries are held (or candidates run out).

Output: sample.jsonl (list, line, raw) in drawing order, per list.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
N = 20

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD_RE = re.compile(r'^\s*\*\*')
FENCE_RE = re.compile(r'^\s*(```|~~~)')
AUTHOR_BULLET_RE = re.compile(r"^\* [^*].*\.\*\s+\S+'\d{2,4}\s*$")
LINK_SUB_RE = re.compile(r'^\s+- \[[^\]]*paper\]\(')
NUMBERED_RE = re.compile(r'^\d+\.\s')


def masked_lines(lines):
    """Return a list of booleans: True where a line is in fenced code or an HTML comment."""
    mask = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        if in_fence:
            mask[i] = True
            if FENCE_RE.match(l):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if FENCE_RE.match(l):
            mask[i] = True
            in_fence = True
            continue
        s = l.strip()
        if s.startswith('<!--'):
            mask[i] = True
            if '-->' not in s:
                in_comment = True
    return mask


def candidates(lines, mask):
    out = []
    for i, l in enumerate(lines):
        if mask[i] or not l.strip():
            continue
        if l.lstrip().startswith('|'):
            if SEP_RE.match(l):
                continue
            # header row: the row directly followed by a separator row
            if i + 1 < len(lines) and SEP_RE.match(lines[i + 1]) and '-' in lines[i + 1]:
                continue
            out.append(i)
            continue
        if LIST_RE.match(l) or BOLD_RE.match(l):
            out.append(i)
    return out


def entry_start(lines, i):
    l = lines[i]
    if LINK_SUB_RE.match(l):
        j = i - 1
        while j >= 0 and not NUMBERED_RE.match(lines[j]):
            j -= 1
        return j
    if AUTHOR_BULLET_RE.match(l):
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        return j
    return i


def entry_raw(lines, s):
    """Exact source lines of the entry starting at index s."""
    l = lines[s]
    end = s
    if l.startswith('**[') and l.rstrip().endswith('**'):
        # bold title line; the author line follows after blank lines
        j = s + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and lines[j].startswith('*') and not lines[j].startswith('**'):
            end = j
    elif NUMBERED_RE.match(l):
        j = s + 1
        while j < len(lines) and lines[j].strip() and lines[j].startswith('   '):
            end = j
            j += 1
    return '\n'.join(lines[s:end + 1])


def main():
    rng = random.Random(4861)
    rows = []
    stats = {}
    for f in FILES:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        mask = masked_lines(lines)
        cands = candidates(lines, mask)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        stats[f] = (len(cands), len(held))
        for s in held:
            rows.append({'list': f, 'line': s + 1, 'raw': entry_raw(lines, s)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + '\n')
    for f, (nc, nh) in stats.items():
        print(f'{f}\tcandidates={nc}\tentries={nh}')


if __name__ == '__main__':
    main()
