#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(8181) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold, and heading lines that are paper titles (the digest headings of
A-suozhang__Papers-of-NAS, "#### N. [Title](url)"). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of its entry: in the A-suozhang digest a bullet belongs
to the paper heading above it (the entry runs to the next heading); elsewhere every list item,
table row or bold line is its own one-line entry (no multi-line items occur in these files).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?[\s:|-]+\|?\s*$')
HEAD_RE = re.compile(r'^(#{1,6})\s+(.*)$')
PAPER_HEAD_RE = re.compile(r'^#{3,4}\s+.*\[[^\]]+\]\(')


def scan(lines):
    """Return (cand, kind) lists; kind[i] in {None,'code','comment'} marks skipped lines."""
    skip = [None] * len(lines)
    in_code = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_code:
            skip[i] = 'code'
            if s.startswith('```'):
                in_code = False
            continue
        if in_comment:
            skip[i] = 'comment'
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```'):
            skip[i] = 'code'
            in_code = True
            continue
        if s.startswith('<!--'):
            skip[i] = 'comment'
            if '-->' not in l:
                in_comment = True
            continue
    return skip


def candidates(name, lines, skip):
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        s = l.strip()
        if not s:
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP_RE.match(nxt) and not (i > 0 and lines[i - 1].strip().startswith('|')):
                continue  # header row
            cands.append(i)
        elif LIST_RE.match(l) or s.startswith('**'):
            cands.append(i)
        elif name.startswith('A-suozhang') and PAPER_HEAD_RE.match(l):
            cands.append(i)
    return cands


def entry_of(name, lines, skip, i):
    """Return (start, end) 0-based inclusive of the entry holding line i."""
    if name.startswith('A-suozhang'):
        # find the section: is line i below '## Paper Digest' and under a paper heading?
        digest = next((k for k, l in enumerate(lines) if l.startswith('## Paper Digest')), None)
        if digest is not None and i > digest:
            h = i
            while h > digest and not HEAD_RE.match(lines[h]):
                h -= 1
            if h > digest and PAPER_HEAD_RE.match(lines[h]):
                e = h + 1
                while e < len(lines) and not HEAD_RE.match(lines[e]):
                    e += 1
                e -= 1
                while e > h and not lines[e].strip():
                    e -= 1
                return h, e
    return i, i


def main():
    rng = random.Random(8181)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        name = os.path.basename(f)
        text = open(f, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        skip = scan(lines)
        cands = candidates(name, lines, skip)
        order = cands[:]
        rng.shuffle(order)
        held = {}
        for i in order:
            s, e = entry_of(name, lines, skip, i)
            if s not in held:
                held[s] = (e, i)
            if len(held) >= 20:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries', file=sys.stderr)
        for s in sorted(held):
            e, drawn = held[s]
            out.append({'list': name, 'line': s + 1, 'drawn_line': drawn + 1,
                        'raw': '\n'.join(lines[s:e + 1])})
    with open(os.path.join('/tmp/s81h-work', 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
